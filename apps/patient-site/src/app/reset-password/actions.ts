"use server";

import { postedText } from "@clinic/auth/sign-in-form";
import { passwordResetInput } from "@clinic/domain/people/sign-up";
import { createTRPCContext } from "@clinic/api/context";
import { createPatientCaller } from "@clinic/api/patient-router";
import { TRPCError } from "@trpc/server";
import { headers } from "next/headers";
import { z, ZodError } from "zod";

export type ResetPasswordState = { changed?: boolean; formError?: string; linkUsed?: boolean; fieldErrors?: { password?: string } };

/** Sets the new password with the link's token; every session of the account ends. */
export async function resetPasswordAction(_previous: ResetPasswordState, form: FormData): Promise<ResetPasswordState> {
  const parsed = passwordResetInput.safeParse({ token: postedText(form, "token"), password: postedText(form, "password") });
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error);
    if (fieldErrors.token) return { formError: "This reset link is not complete. Open it from the email again.", linkUsed: true };
    return { fieldErrors: { password: fieldErrors.password?.[0] } };
  }
  try {
    await createPatientCaller(createTRPCContext({ headers: new Headers(await headers()), user: null })).account.resetPassword(parsed.data);
    return { changed: true };
  } catch (error) {
    if (error instanceof TRPCError && error.code === "BAD_REQUEST") {
      if (error.cause instanceof ZodError) return { fieldErrors: { password: z.flattenError(error.cause as ZodError<{ password: string }>).fieldErrors.password?.[0] } };
      return { formError: error.message, linkUsed: true };
    }
    console.error("resetting a password failed:", error instanceof Error ? error.name : typeof error);
    return { formError: "We could not change your password just now. Please try again in a moment." };
  }
}
