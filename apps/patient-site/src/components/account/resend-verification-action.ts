"use server";

import { postedText } from "@clinic/auth/sign-in-form";
import { TRPCError } from "@trpc/server";
import { getCaller } from "~/trpc/server";

export type ResendVerificationState = { sent?: boolean; alreadyVerified?: boolean; formError?: string };

/** Sends a new confirmation link to the signed-in patient (the API limits how many). */
export async function resendVerificationAction(_previous: ResendVerificationState, form: FormData): Promise<ResendVerificationState> {
  try {
    const returnTo = postedText(form, "returnTo") || undefined;
    const { status } = await (await getCaller()).account.resendVerification({ returnTo });
    return status === "sent" ? { sent: true } : { alreadyVerified: true };
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "TOO_MANY_REQUESTS" || error.code === "BAD_REQUEST")) return { formError: error.message };
    if (error instanceof TRPCError && error.code === "UNAUTHORIZED") return { formError: "Your session has ended. Please sign in again." };
    console.error("resending a confirmation link failed:", error instanceof Error ? error.name : typeof error);
    return { formError: "We could not send a new link just now. Please try again in a moment." };
  }
}
