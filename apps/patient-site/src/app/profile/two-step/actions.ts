"use server";

import { finishAddingPasskey, startAddingPasskey, submitRemovePasskeyForm } from "@clinic/auth/passkey-form";
import { submitDisableForm, submitEnrolmentForm, submitRenewRecoveryCodesForm, type CodeFormState, type EnrolmentFormState } from "@clinic/auth/second-factor-form";
import { revalidatePath } from "next/cache";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { requireUser } from "~/auth";

/** Turns two-step sign-in on for the signed-in patient; answers with the recovery codes to show once. */
export async function enableTwoStepAction(_previous: EnrolmentFormState, form: FormData): Promise<EnrolmentFormState> {
  const user = await requireUser("/profile/two-step");
  const outcome = await submitEnrolmentForm("patient", { cookies: await cookies(), headers: await headers() }, form, "/profile", user);
  if ("redirectTo" in outcome) redirect(outcome.redirectTo);
  return outcome;
}

/** Turns it off again, with a current code from the app. */
export async function disableTwoStepAction(_previous: CodeFormState, form: FormData): Promise<CodeFormState> {
  const user = await requireUser("/profile/two-step");
  const outcome = await submitDisableForm(user, await headers(), form);
  if ("redirectTo" in outcome) redirect(outcome.redirectTo);
  return outcome;
}

/** Ten new recovery codes after a current code from the app; shown once. */
export async function renewRecoveryCodesAction(_previous: EnrolmentFormState, form: FormData): Promise<EnrolmentFormState> {
  const user = await requireUser("/profile/two-step");
  return submitRenewRecoveryCodesForm(user, await headers(), form);
}

/** "Add a passkey", step 1 (JavaScript only, as WebAuthn is): the name checked, options for the browser. */
export async function beginAddingPasskeyAction(name: unknown) {
  return startAddingPasskey(await requireUser("/profile/two-step"), await headers(), name);
}

/** Step 2: the browser's answer verified and stored; the list on the page refreshes. */
export async function finishAddingPasskeyAction(name: unknown, response: unknown) {
  const outcome = await finishAddingPasskey(await requireUser("/profile/two-step"), await headers(), name, response);
  if ("added" in outcome) revalidatePath("/profile/two-step");
  return outcome;
}

/** Removes one of the patient's passkeys (after its confirmation step). */
export async function removePasskeyAction(form: FormData): Promise<void> {
  await submitRemovePasskeyForm(await requireUser("/profile/two-step"), await headers(), form);
  revalidatePath("/profile/two-step");
}
