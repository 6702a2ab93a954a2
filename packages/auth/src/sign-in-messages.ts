import type { Audience } from "./audience";

/** Why a sign-in was refused; carried as `code` on the CredentialsSignin error. */
export const SIGN_IN_ERROR_CODES = ["invalid", "throttled", "wrong_audience", "disabled", "unavailable"] as const;
export type SignInErrorCode = (typeof SIGN_IN_ERROR_CODES)[number];

export function isSignInErrorCode(value: unknown): value is SignInErrorCode {
  return typeof value === "string" && (SIGN_IN_ERROR_CODES as readonly string[]).includes(value);
}

/**
 * The sentence shown on the sign-in page. "invalid" is the same for an unknown email and a wrong
 * password, so the form never tells anyone which emails have accounts. Free of server imports,
 * so client components may use it too.
 */
export function signInErrorMessage(
  code: SignInErrorCode,
  context: { audience: Audience; retryAfterMinutes?: number },
): string {
  switch (code) {
    case "invalid":
      return "Email or password is incorrect.";
    case "throttled": {
      const minutes = Math.max(1, context.retryAfterMinutes ?? 15);
      return `Too many sign-in attempts. Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`;
    }
    case "wrong_audience":
      return context.audience === "staff"
        ? "That is a patient account: it signs in on the patient site, not here."
        : "This sign-in is for patients. Clinic staff sign in on the staff site.";
    case "disabled":
      return "This account has been disabled. Please contact the clinic.";
    case "unavailable":
      return "We could not sign you in just now. Please try again in a moment.";
  }
}
