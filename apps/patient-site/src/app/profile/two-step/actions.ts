"use server";

import { submitDisableForm, submitEnrolmentForm, submitRenewRecoveryCodesForm, type CodeFormState, type EnrolmentFormState } from "@clinic/auth/second-factor-form";
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
