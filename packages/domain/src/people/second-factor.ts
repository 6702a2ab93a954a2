import { z } from "zod";
import { isStaffRole, type Role } from "./roles";

/**
 * Where a signed-in session stands with the second factor: complete, waiting for a code, or (staff
 * without an authenticator) waiting for enrolment. Only "complete" sessions are honoured by pages and
 * procedures (docs/decisions/0085).
 */
export type SecondFactorState = "complete" | "needs_code" | "needs_enrolment";

export function secondFactorState(session: { role: Role; totpEnabled: boolean; mfaVerified: boolean }): SecondFactorState {
  if (session.totpEnabled) return session.mfaVerified ? "complete" : "needs_code";
  // Every staff role must have a second factor (ASVS 6.3.3); for patients it is optional.
  return isStaffRole(session.role) ? "needs_enrolment" : "complete";
}

/** A six-digit authenticator code, spaces allowed (apps show "123 456"). */
export const totpCodeInput = z
  .string()
  .transform((value) => value.replace(/\s+/g, ""))
  .pipe(z.string().regex(/^\d{6}$/, "Enter the 6-digit code from your authenticator app."));

/** A recovery code as printed ("abcde-fghij"), any case, dashes and spaces optional. */
export const recoveryCodeInput = z
  .string()
  .transform((value) => value.replace(/[\s-]+/g, "").toLowerCase())
  .pipe(z.string().regex(/^[a-z2-7]{10}$/, "Enter a recovery code exactly as it was shown (10 letters and digits)."));

/** The second sign-in step: either a code from the app or a recovery code. */
export const secondFactorInput = z.discriminatedUnion("method", [
  z.object({ method: z.literal("totp"), code: totpCodeInput }),
  z.object({ method: z.literal("recovery"), code: recoveryCodeInput }),
]);
export type SecondFactorInput = z.infer<typeof secondFactorInput>;

export const RECOVERY_CODE_COUNT = 10;
