"use server";

import { unstable_rethrow } from "next/navigation";
import { submitRenewRecoveryCodesForm, type EnrolmentFormState } from "@clinic/auth/second-factor-form";
import { postedText } from "@clinic/auth/sign-in-form";
import { changePasswordInput } from "@clinic/domain/people/sign-up";
import type { ChangePasswordOutcome } from "@clinic/ui/change-password-form";
import { TRPCError } from "@trpc/server";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z, ZodError } from "zod";
import { requireStaff } from "~/auth";
import { getCaller } from "~/trpc/server";

function fieldMessages(error: ZodError): ChangePasswordOutcome["fieldErrors"] {
  const { fieldErrors } = z.flattenError(error as ZodError<{ currentPassword: string; newPassword: string }>);
  return { currentPassword: fieldErrors.currentPassword?.[0], newPassword: fieldErrors.newPassword?.[0] };
}

/** Changes the signed-in staff member's password; their other sessions end, this one stays. */
export async function changePasswordAction(_previous: ChangePasswordOutcome, form: FormData): Promise<ChangePasswordOutcome> {
  const parsed = changePasswordInput.safeParse({ currentPassword: postedText(form, "currentPassword"), newPassword: postedText(form, "newPassword") });
  if (!parsed.success) return { fieldErrors: fieldMessages(parsed.error) };
  try {
    const { sessionsEnded } = await (await getCaller()).myAccount.changePassword(parsed.data);
    revalidatePath("/my-account");
    return { changed: true, sessionsEnded };
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof TRPCError && error.code === "BAD_REQUEST") {
      return error.cause instanceof ZodError ? { fieldErrors: fieldMessages(error.cause) } : { fieldErrors: { currentPassword: error.message } };
    }
    if (error instanceof TRPCError && error.code === "UNAUTHORIZED") return { formError: "Your session has ended. Please sign in again." };
    if (error instanceof TRPCError && error.code === "TOO_MANY_REQUESTS") return { formError: error.message };
    console.error("changing a password failed:", error instanceof Error ? error.name : typeof error);
    return { formError: "We could not change your password just now. Please try again in a moment." };
  }
}

export async function endSessionAction(form: FormData): Promise<void> {
  await (await getCaller()).myAccount.endSession({ sessionId: postedText(form, "sessionId") });
  revalidatePath("/my-account");
}

export async function endOtherSessionsAction(): Promise<void> {
  await (await getCaller()).myAccount.endOtherSessions();
  revalidatePath("/my-account");
}

/** Ten new recovery codes after a current code from the authenticator; shown once. */
export async function renewRecoveryCodesAction(_previous: EnrolmentFormState, form: FormData): Promise<EnrolmentFormState> {
  return submitRenewRecoveryCodesForm(await requireStaff(), await headers(), form);
}
