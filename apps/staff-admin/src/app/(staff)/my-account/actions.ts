"use server";

import { submitChangePasswordForm, type ChangePasswordState } from "@clinic/api/own-account-forms";
import { submitRenewRecoveryCodesForm, type EnrolmentFormState } from "@clinic/auth/second-factor-form";
import { postedText } from "@clinic/auth/sign-in-form";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { requireStaff } from "~/auth";
import { getCaller } from "~/trpc/server";

/** Changes the signed-in staff member's password; their other sessions end, this one stays. */
export async function changePasswordAction(_previous: ChangePasswordState, form: FormData): Promise<ChangePasswordState> {
  // Outside the form handler's try: without a session, getCaller redirects to sign-in.
  const myAccount = (await getCaller()).myAccount;
  const outcome = await submitChangePasswordForm((input) => myAccount.changePassword(input), form);
  if (outcome.changed) revalidatePath("/my-account");
  return outcome;
}

/** Signs out one of the staff member's other devices. */
export async function endSessionAction(form: FormData): Promise<void> {
  await (await getCaller()).myAccount.endSession({ sessionId: postedText(form, "sessionId") });
  revalidatePath("/my-account");
}

/** Signs out every other device. */
export async function endOtherSessionsAction(): Promise<void> {
  await (await getCaller()).myAccount.endOtherSessions();
  revalidatePath("/my-account");
}

/** Ten new recovery codes after a current code from the authenticator; shown once. */
export async function renewRecoveryCodesAction(_previous: EnrolmentFormState, form: FormData): Promise<EnrolmentFormState> {
  return submitRenewRecoveryCodesForm(await requireStaff(), await headers(), form);
}
