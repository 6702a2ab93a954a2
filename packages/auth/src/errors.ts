import { CredentialsSignin } from "next-auth";
import type { Audience } from "./audience";
import { isSignInErrorCode, signInErrorMessage, type SignInErrorCode } from "./sign-in-messages";

/**
 * A refused sign-in. Auth.js passes a thrown CredentialsSignin through `signIn(...)` in server
 * actions unchanged, and puts `code` into the URL for form posts to /api/auth, so the page can
 * say what went wrong. Messages never contain the email or other personal data (they are logged).
 */
export class SignInRefused extends CredentialsSignin {
  override code: SignInErrorCode;
  readonly retryAfterMinutes: number | undefined;

  constructor(code: SignInErrorCode, retryAfterMinutes?: number) {
    super(`Sign-in refused: ${code}`);
    this.code = code;
    this.retryAfterMinutes = retryAfterMinutes;
  }
}

/**
 * The code and human message for whatever `signIn("credentials", ...)` threw. Anything that is
 * not a refusal (database down, bad configuration) becomes "unavailable"; the caller logs it.
 */
export function describeSignInError(
  error: unknown,
  audience: Audience,
): { code: SignInErrorCode; message: string; unexpected: boolean } {
  if (error instanceof SignInRefused) {
    return {
      code: error.code,
      message: signInErrorMessage(error.code, { audience, retryAfterMinutes: error.retryAfterMinutes }),
      unexpected: false,
    };
  }
  if (error instanceof CredentialsSignin && isSignInErrorCode(error.code)) {
    return { code: error.code, message: signInErrorMessage(error.code, { audience }), unexpected: false };
  }
  if (error instanceof CredentialsSignin) {
    return { code: "invalid", message: signInErrorMessage("invalid", { audience }), unexpected: false };
  }
  return {
    code: "unavailable",
    message: signInErrorMessage("unavailable", { audience }),
    unexpected: true,
  };
}
