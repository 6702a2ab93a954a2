"use server";

import { postedText } from "@clinic/auth/sign-in-form";
import { TRPCError } from "@trpc/server";
import { redirect } from "next/navigation";
import { getSessionUser } from "~/auth";
import { getCaller } from "~/trpc/server";

export type VerifyEmailState = {
  formError?: string;
  /** Confirmed while signed out: where signing in should lead. */
  confirmed?: { next: string };
};

/**
 * Uses the link from the sign-up email (a POST, so a mail scanner opening the link cannot use it up).
 * Signed in already: straight on to where the patient was going; otherwise to sign in.
 */
export async function verifyEmailAction(_previous: VerifyEmailState, form: FormData): Promise<VerifyEmailState> {
  let next: string;
  try {
    const { returnTo } = await (await getCaller()).account.verifyEmail({ token: postedText(form, "token") });
    next = returnTo ?? "/appointments";
  } catch (error) {
    if (error instanceof TRPCError && error.code === "BAD_REQUEST") return { formError: error.message };
    console.error("verifying an email failed:", error instanceof Error ? error.name : typeof error);
    return { formError: "We could not confirm your email just now. Please try again in a moment." };
  }
  if (await getSessionUser()) redirect(next);
  return { confirmed: { next } };
}
