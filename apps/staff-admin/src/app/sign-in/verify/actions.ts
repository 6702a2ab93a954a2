"use server";

import { submitSecondFactorForm, type CodeFormState } from "@clinic/auth/second-factor-form";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";

/** The second sign-in step: a code from the authenticator app, or a recovery code. */
export async function verifyCodeAction(_previous: CodeFormState, form: FormData): Promise<CodeFormState> {
  const outcome = await submitSecondFactorForm("staff", { cookies: await cookies(), headers: await headers() }, form, "/");
  if ("redirectTo" in outcome) redirect(outcome.redirectTo);
  return outcome;
}
