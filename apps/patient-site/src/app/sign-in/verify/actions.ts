"use server";

import { submitSecondFactorForm, type CodeFormState } from "@clinic/auth/second-factor-form";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";

/** The second sign-in step of a patient who turned two-step sign-in on. */
export async function verifyCodeAction(_previous: CodeFormState, form: FormData): Promise<CodeFormState> {
  const outcome = await submitSecondFactorForm("patient", { cookies: await cookies(), headers: await headers() }, form, "/appointments");
  if ("redirectTo" in outcome) redirect(outcome.redirectTo);
  return outcome;
}
