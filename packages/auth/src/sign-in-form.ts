import { signInInput } from "@clinic/domain/people/sign-up";
import type { NextAuthResult } from "next-auth";
import { z } from "zod";
import type { Audience } from "./audience";
import { safeCallbackUrl } from "./callback-url";
import { signInWithPassword } from "./session";
import { isSignInErrorCode, signInErrorMessage } from "./sign-in-messages";

/** What a sign-in form shows after a refused submission; the email is shown again, the password never. */
export type SignInFormState = {
  formError?: string;
  fieldErrors?: Partial<Record<"email" | "password", string>>;
  values?: { email?: string };
};

/** A posted text field, or "" (a file or a missing field). */
export function postedText(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

/**
 * The body of both apps' sign-in server actions, which the form posts (so it works without
 * JavaScript): validates with the same schema as the form, signs in, and says where to go (a
 * same-site callback URL or the app's home) — the caller redirects, because `redirect()` must not
 * run inside a try/catch.
 */
export async function submitSignInForm(
  signIn: NextAuthResult["signIn"],
  audience: Audience,
  form: FormData,
  fallbackPath: string,
): Promise<{ redirectTo: string } | SignInFormState> {
  const input = { email: postedText(form, "email"), password: postedText(form, "password") };
  const values = { email: input.email.slice(0, 320) };
  const parsed = signInInput.safeParse(input);
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error);
    return { fieldErrors: { email: fieldErrors.email?.[0], password: fieldErrors.password?.[0] }, values };
  }
  const result = await signInWithPassword(signIn, audience, parsed.data);
  if (!result.ok) return { formError: result.message, values };
  return { redirectTo: safeCallbackUrl(postedText(form, "callbackUrl"), fallbackPath) };
}

type SignInSearchParams = { callbackUrl?: string | string[]; code?: string | string[] };

/**
 * What a sign-in page needs from its query string: the (checked) page to return to, and the
 * message for `?code=…`, which Auth.js adds when a plain form post to /api/auth was refused.
 */
export function signInPageState(
  params: SignInSearchParams,
  audience: Audience,
  fallbackPath: string,
): { callbackUrl: string; initialError?: string } {
  const callbackUrl = safeCallbackUrl(params.callbackUrl, fallbackPath);
  const code = isSignInErrorCode(params.code) ? params.code : undefined;
  return code ? { callbackUrl, initialError: signInErrorMessage(code, { audience }) } : { callbackUrl };
}
