"use server";

import { submitEnrolmentForm, type EnrolmentFormState } from "@clinic/auth/second-factor-form";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";

/** Confirms a staff member's new authenticator; answers with the recovery codes to show once. */
export async function confirmEnrolmentAction(_previous: EnrolmentFormState, form: FormData): Promise<EnrolmentFormState> {
  const outcome = await submitEnrolmentForm("staff", { cookies: await cookies(), headers: await headers() }, form, "/");
  if ("redirectTo" in outcome) redirect(outcome.redirectTo);
  return outcome;
}
