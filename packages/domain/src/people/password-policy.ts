import { z } from "zod";
import { isCommonPassword } from "./common-passwords";

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

/**
 * Why a password is refused, in words a patient understands, or null when it is acceptable.
 * Rule (NIST SP 800-63B): length 10–128, and not on the blocklist of breached and service-specific
 * passwords (common-passwords.ts).
 */
export function passwordProblem(password: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `Use at least ${PASSWORD_MIN_LENGTH} characters.`;
  if (password.length > PASSWORD_MAX_LENGTH) return `Use at most ${PASSWORD_MAX_LENGTH} characters.`;
  if (isCommonPassword(password, PASSWORD_MIN_LENGTH)) {
    return "This password is one of the most common ones and easy to guess. Choose another.";
  }
  return null;
}

export const passwordSchema = z.string().superRefine((value, ctx) => {
  const problem = passwordProblem(value);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});
