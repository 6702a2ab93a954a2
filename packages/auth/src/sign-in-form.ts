import { signInInput } from "@clinic/domain/people/sign-up";
import type { NextAuthResult } from "next-auth";
import { z } from "zod";
import type { Audience } from "./audience";
import { safeCallbackUrl } from "./callback-url";
import { signInWithPassword } from "./session";
import { isSignInErrorCode, signInErrorMessage } from "./sign-in-messages";

/** What a sign-in form shows after a refused submission. */
export type SignInFormState = {
  formError?: string;
  fieldErrors?: Partial<Record<"email" | "password", string>>;
};

/**
 * The body of both apps' sign-in server actions: validates with the same schema as the form,
 * signs in, and says where to go (a same-site callback URL or the app's home) — the caller
 * redirects, because `redirect()` must not run inside a try/catch.
 */
export async function submitSignInForm(
  signIn: NextAuthResult["signIn"],
  audience: Audience,
  input: unknown,
  fallbackPath: string,
): Promise<{ redirectTo: string } | SignInFormState> {
  const parsed = signInInput.safeParse(input);
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error);
    return { fieldErrors: { email: fieldErrors.email?.[0], password: fieldErrors.password?.[0] } };
  }
  const result = await signInWithPassword(signIn, audience, parsed.data);
  if (!result.ok) return { formError: result.message };
  const callbackUrl = typeof input === "object" && input !== null && "callbackUrl" in input ? input.callbackUrl : undefined;
  return { redirectTo: safeCallbackUrl(callbackUrl, fallbackPath) };
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
