import { z } from "zod";

/** The same answer for a new and a known email (docs/decisions/0080). */
export const signUpResultDto = z.object({ status: z.literal("check_email") });
export type SignUpResultDto = z.infer<typeof signUpResultDto>;

/** Where the patient goes on after confirming: a patient-site path, or null for the default. */
export const verifyEmailResultDto = z.object({ returnTo: z.string().nullable() });

export const resendVerificationResultDto = z.object({ status: z.enum(["sent", "already_verified"]) });
