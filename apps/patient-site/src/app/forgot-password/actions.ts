"use server";

import { postedText } from "@clinic/auth/sign-in-form";
import { passwordResetRequestInput } from "@clinic/domain/people/sign-up";
import { createTRPCContext } from "@clinic/api/context";
import { createPatientCaller } from "@clinic/api/patient-router";
import { TRPCError } from "@trpc/server";
import { headers } from "next/headers";
import { z } from "zod";

export type ForgotPasswordState = { sent?: boolean; formError?: string; fieldErrors?: { email?: string }; values?: { email?: string } };

/** Asks for a reset link; the answer never says whether the email has an account (docs/decisions/0081). */
export async function forgotPasswordAction(_previous: ForgotPasswordState, form: FormData): Promise<ForgotPasswordState> {
  const email = postedText(form, "email");
  const values = { email: email.slice(0, 320) };
  const parsed = passwordResetRequestInput.safeParse({ email });
  if (!parsed.success) return { fieldErrors: { email: z.flattenError(parsed.error).fieldErrors.email?.[0] }, values };
  try {
    await createPatientCaller(createTRPCContext({ headers: new Headers(await headers()), user: null })).account.requestPasswordReset(parsed.data);
    return { sent: true };
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "TOO_MANY_REQUESTS" || error.code === "BAD_REQUEST")) return { formError: error.message, values };
    console.error("asking for a password reset failed:", error instanceof Error ? error.name : typeof error);
    return { formError: "We could not send the link just now. Please try again in a moment.", values };
  }
}
