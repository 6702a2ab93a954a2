import { getDb } from "@clinic/db/client";
import { hasTotp } from "@clinic/db/queries/mfa";
import { secondFactorInput, totpCodeInput } from "@clinic/domain/people/second-factor";
import type { SessionUser } from "@clinic/domain/people/session-user";
import type { Audience } from "./audience";
import { safeCallbackUrl } from "./callback-url";
import { clientIp } from "./client-info";
import { confirmEnrolment, disableSecondFactor, offerEnrolment, renewRecoveryCodes, verifySecondFactor, type EnrolmentOffer, type SecondFactorOutcome } from "./second-factor";
import type { CookieReader } from "./session";
import { readSignInProgress } from "./session";
import { postedText } from "./sign-in-form";

/** What the code forms show after a refused submission (codes are never shown again). */
export type CodeFormState = { formError?: string; fieldErrors?: Partial<Record<"code", string>> };

/** What the enrolment form shows: a refusal, or — once, right after confirming — the recovery codes. */
export type EnrolmentFormState = CodeFormState & { recoveryCodes?: string[]; continueTo?: string };

type RequestParts = { cookies: CookieReader; headers: Headers };

/** Wrong codes and refused passkeys share one throttle, and this sentence. */
export function throttledMessage(retryAfterMinutes: number | undefined): string {
  const minutes = Math.max(1, retryAfterMinutes ?? 15);
  return `Too many wrong codes. Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`;
}

function refusalMessage(outcome: SecondFactorOutcome & { ok: false }): string {
  if (outcome.reason === "throttled") return throttledMessage(outcome.retryAfterMinutes);
  return "That code is not right, or it was already used. Codes change every 30 seconds: enter the current one.";
}

/**
 * The second sign-in step's server action body: checks the session that passed the password, then the
 * code (or recovery code), and says where to go. The caller redirects (`redirect()` must not run in a try).
 */
export async function submitSecondFactorForm(
  audience: Audience,
  request: RequestParts,
  form: FormData,
  fallbackPath: string,
): Promise<{ redirectTo: string } | CodeFormState> {
  const continueTo = safeCallbackUrl(postedText(form, "callbackUrl"), fallbackPath);
  const progress = await readSignInProgress(request.cookies, audience);
  if (!progress) return { redirectTo: "/sign-in" };
  if (progress.secondFactor !== "needs_code") return { redirectTo: progress.secondFactor === "complete" ? continueTo : "/sign-in" };
  const method = postedText(form, "factor") === "recovery" ? "recovery" : "totp";
  const parsed = secondFactorInput.safeParse({ method, code: postedText(form, "code") });
  if (!parsed.success) return { fieldErrors: { code: parsed.error.issues[0]?.message } };
  const outcome = await verifySecondFactor(getDb(), { user: progress.user, ip: clientIp(request.headers) }, parsed.data);
  if (!outcome.ok) return { formError: refusalMessage(outcome) };
  return { redirectTo: continueTo };
}

/** The enrolment form's action body: confirms the new authenticator with a code and returns the recovery codes. */
export async function submitEnrolmentForm(
  audience: Audience,
  request: RequestParts,
  form: FormData,
  fallbackPath: string,
  user?: SessionUser,
): Promise<{ redirectTo: string } | EnrolmentFormState> {
  const continueTo = safeCallbackUrl(postedText(form, "callbackUrl"), fallbackPath);
  // Staff enrol during sign-in (session not complete yet); a patient enrols from the profile, signed in.
  let enrolling = user ?? null;
  if (!enrolling) {
    const progress = await readSignInProgress(request.cookies, audience);
    if (!progress) return { redirectTo: "/sign-in" };
    if (progress.secondFactor !== "needs_enrolment") return { redirectTo: progress.secondFactor === "complete" ? continueTo : "/sign-in" };
    enrolling = progress.user;
  }
  const parsed = totpCodeInput.safeParse(postedText(form, "code"));
  if (!parsed.success) return { fieldErrors: { code: parsed.error.issues[0]?.message } };
  const outcome = await confirmEnrolment(getDb(), { user: enrolling, ip: clientIp(request.headers) }, parsed.data);
  if (!outcome.ok) return { formError: refusalMessage(outcome) };
  return { recoveryCodes: outcome.recoveryCodes, continueTo };
}

/** The secret and QR code an enrolment page shows (apps do not reach the database themselves). */
export function enrolmentOffer(user: SessionUser): Promise<EnrolmentOffer> {
  return offerEnrolment(getDb(), user);
}

/** Whether this user has an authenticator in force (the patient profile's switch). */
export function twoStepEnabled(userId: string): Promise<boolean> {
  return hasTotp(getDb(), userId);
}

/** A patient turns two-step sign-in off with a current code; then back to the profile. */
export async function submitDisableForm(user: SessionUser, headers: Headers, form: FormData): Promise<{ redirectTo: string } | CodeFormState> {
  const parsed = totpCodeInput.safeParse(postedText(form, "code"));
  if (!parsed.success) return { fieldErrors: { code: parsed.error.issues[0]?.message } };
  const outcome = await disableSecondFactor(getDb(), { user, ip: clientIp(headers) }, parsed.data);
  if (!outcome.ok) return { formError: refusalMessage(outcome) };
  return { redirectTo: "/profile?two-step=off" };
}

/** "New recovery codes" on the patient's two-step page and staff "my account": a current code first; the codes show once. */
export async function submitRenewRecoveryCodesForm(user: SessionUser, headers: Headers, form: FormData): Promise<EnrolmentFormState> {
  const parsed = totpCodeInput.safeParse(postedText(form, "code"));
  if (!parsed.success) return { fieldErrors: { code: parsed.error.issues[0]?.message } };
  const outcome = await renewRecoveryCodes(getDb(), { user, ip: clientIp(headers) }, parsed.data);
  if (!outcome.ok) return { formError: refusalMessage(outcome) };
  return { recoveryCodes: outcome.recoveryCodes };
}
