import { getDb } from "@clinic/db/client";
import { listPasskeysOfUser, passkeyDescriptorsOfUser } from "@clinic/db/queries/passkeys";
import { MAX_PASSKEYS_PER_ACCOUNT, passkeyNameInput, type PasskeyRefusal } from "@clinic/domain/people/passkeys";
import type { SessionUser } from "@clinic/domain/people/session-user";
import type { AuthenticationResponseJSON, PublicKeyCredentialCreationOptionsJSON, PublicKeyCredentialRequestOptionsJSON, RegistrationResponseJSON } from "@simplewebauthn/server";
import { z } from "zod";
import type { Audience } from "./audience";
import { safeCallbackUrl } from "./callback-url";
import { clientIp } from "./client-info";
import { authEnv, trustHost } from "./env";
import { relyingPartyFor, type RelyingParty } from "./passkey-relying-party";
import { beginPasskeyRegistration, beginPasskeySignIn, finishPasskeyRegistration, finishPasskeySignIn, removePasskey } from "./passkeys";
import type { CookieReader } from "./session";
import { readSignInProgress } from "./session";
import { throttledMessage } from "./second-factor-form";
import { postedText } from "./sign-in-form";

type RequestParts = { cookies: CookieReader; headers: Headers };

/** A refusal the passkey parts of a page show: one sentence, and the name field's own when it is the name. */
export type PasskeyRefused = { error: string; fieldErrors?: Partial<Record<"name", string>> };

const UNAVAILABLE = "Passkeys are not available at this address. Use your authenticator app.";

const REFUSALS: Record<PasskeyRefusal | "expired" | "invalid" | "duplicate", string> = {
  no_authenticator: "Set up two-step sign-in with an authenticator app first: a passkey is added beside it, not instead of it.",
  too_many: `You have ${MAX_PASSKEYS_PER_ACCOUNT} passkeys already. Remove one you no longer use first.`,
  expired: "That took too long, or another tab started over. Try again.",
  invalid: "The passkey could not be checked. Try again, or use another device.",
  duplicate: "This passkey is already added.",
};

function relyingParty(headers: Headers): RelyingParty | null {
  const env = authEnv();
  return relyingPartyFor({ authUrl: env.AUTH_URL, trustHost: trustHost(env) }, headers);
}

// What arrives from the browser is checked for shape and size before the library parses it.
const base64url = (max: number) => z.string().max(max).regex(/^[A-Za-z0-9_-]*$/);
const credentialBase = {
  id: base64url(1400).min(1),
  rawId: base64url(1400).min(1),
  type: z.literal("public-key"),
  clientExtensionResults: z.record(z.string(), z.unknown()).default({}),
  authenticatorAttachment: z.enum(["platform", "cross-platform"]).optional(),
};
const registrationResponse = z.object({
  ...credentialBase,
  response: z.object({
    clientDataJSON: base64url(8_000),
    attestationObject: base64url(64_000),
    transports: z.array(z.string().max(20)).max(10).optional(),
  }),
});
const authenticationResponse = z.object({
  ...credentialBase,
  response: z.object({
    clientDataJSON: base64url(8_000),
    authenticatorData: base64url(8_000),
    signature: base64url(2_000),
    userHandle: base64url(200).optional(),
  }),
});

function nameOrRefusal(name: unknown): { name: string } | PasskeyRefused {
  const parsed = passkeyNameInput.safeParse(typeof name === "string" ? name.slice(0, 1000) : "");
  if (parsed.success) return { name: parsed.data };
  const message = parsed.error.issues[0]?.message ?? "Check the name.";
  return { error: message, fieldErrors: { name: message } };
}

/** "Add a passkey", step 1: the name checked, then the options for the browser (the challenge kept for this session). */
export async function startAddingPasskey(user: SessionUser, headers: Headers, name: unknown): Promise<{ options: PublicKeyCredentialCreationOptionsJSON } | PasskeyRefused> {
  const named = nameOrRefusal(name);
  if ("error" in named) return named;
  const rp = relyingParty(headers);
  if (!rp) return { error: UNAVAILABLE };
  const start = await beginPasskeyRegistration(getDb(), user, rp);
  return start.ok ? { options: start.options } : { error: REFUSALS[start.reason] };
}

/** "Add a passkey", step 2: the browser's answer verified and stored under the name. */
export async function finishAddingPasskey(user: SessionUser, headers: Headers, name: unknown, response: unknown): Promise<{ added: string } | PasskeyRefused> {
  const named = nameOrRefusal(name);
  if ("error" in named) return named;
  const rp = relyingParty(headers);
  if (!rp) return { error: UNAVAILABLE };
  const parsed = registrationResponse.safeParse(response);
  if (!parsed.success) return { error: REFUSALS.invalid };
  const outcome = await finishPasskeyRegistration(getDb(), { user, ip: clientIp(headers) }, rp, { name: named.name, response: parsed.data as RegistrationResponseJSON });
  return outcome.ok ? { added: named.name } : { error: REFUSALS[outcome.reason] };
}

/** The "Remove" form of one passkey (after its confirmation step): true when one of theirs went. */
export async function submitRemovePasskeyForm(user: SessionUser, headers: Headers, form: FormData): Promise<boolean> {
  const passkeyId = postedText(form, "passkeyId");
  if (!z.uuid().safeParse(passkeyId).success) return false;
  return removePasskey(getDb(), { user, ip: clientIp(headers) }, passkeyId);
}

/** A person's passkeys for their account page (names and dates only). */
export function passkeysOf(userId: string) {
  return listPasskeysOfUser(getDb(), userId);
}

/** Whether the second sign-in step offers "Use a passkey" (the page has checked the session waits for its code). */
export async function hasPasskeys(userId: string): Promise<boolean> {
  return (await passkeyDescriptorsOfUser(getDb(), userId)).length > 0;
}

/** "Use a passkey" at the second sign-in step, step 1: options for this session's account, or where to go instead. */
export async function startPasskeySignIn(audience: Audience, request: RequestParts): Promise<{ options: PublicKeyCredentialRequestOptionsJSON } | { redirectTo: string } | PasskeyRefused> {
  const progress = await readSignInProgress(request.cookies, audience);
  if (!progress || progress.secondFactor === "needs_enrolment") return { redirectTo: "/sign-in" };
  if (progress.secondFactor === "complete") return { redirectTo: "/" };
  const rp = relyingParty(request.headers);
  if (!rp) return { error: UNAVAILABLE };
  const options = await beginPasskeySignIn(getDb(), progress.user, rp);
  return options ? { options } : { error: "This account has no passkey. Enter a code from your authenticator app." };
}

/** Step 2: the browser's answer checked against this session's challenge; on success, where to continue. */
export async function finishPasskeySignInStep(
  audience: Audience,
  request: RequestParts,
  response: unknown,
  callbackUrl: unknown,
  fallbackPath: string,
): Promise<{ redirectTo: string } | PasskeyRefused> {
  const continueTo = safeCallbackUrl(callbackUrl, fallbackPath);
  const progress = await readSignInProgress(request.cookies, audience);
  if (!progress || progress.secondFactor === "needs_enrolment") return { redirectTo: "/sign-in" };
  if (progress.secondFactor === "complete") return { redirectTo: continueTo };
  const rp = relyingParty(request.headers);
  if (!rp) return { error: UNAVAILABLE };
  const parsed = authenticationResponse.safeParse(response);
  const answer = parsed.success ? (parsed.data as AuthenticationResponseJSON) : null;
  const outcome = await finishPasskeySignIn(getDb(), { user: progress.user, ip: clientIp(request.headers) }, rp, answer);
  if (outcome.ok) return { redirectTo: continueTo };
  if (outcome.reason === "throttled") return { error: throttledMessage(outcome.retryAfterMinutes) };
  return { error: "That passkey was not accepted. Try again, or enter a code from your authenticator app." };
}
