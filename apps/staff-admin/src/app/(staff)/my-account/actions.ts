"use server";

import { submitChangePasswordForm, type ChangePasswordState } from "@clinic/api/own-account-forms";
import { finishAddingPasskey, startAddingPasskey, submitRemovePasskeyForm } from "@clinic/auth/passkey-form";
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

/** "Add a passkey", step 1 (JavaScript only, as WebAuthn is): the name checked, options for the browser. */
export async function beginAddingPasskeyAction(name: unknown) {
  return startAddingPasskey(await requireStaff(), await headers(), name);
}

/** Step 2: the browser's answer verified and stored; the list on the page refreshes. */
export async function finishAddingPasskeyAction(name: unknown, response: unknown) {
  const outcome = await finishAddingPasskey(await requireStaff(), await headers(), name, response);
  if ("added" in outcome) revalidatePath("/my-account");
  return outcome;
}

/** Removes one of the staff member's passkeys (after its confirmation step). */
export async function removePasskeyAction(form: FormData): Promise<void> {
  await submitRemovePasskeyForm(await requireStaff(), await headers(), form);
  revalidatePath("/my-account");
}
