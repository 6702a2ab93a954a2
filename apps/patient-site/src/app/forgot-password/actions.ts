"use server";

import { submitForgotPasswordForm, type ForgotPasswordState } from "@clinic/api/account-recovery";
import { headers } from "next/headers";

/** Asks for a reset link; the answer never says whether the email has an account (docs/decisions/0081). */
export async function forgotPasswordAction(_previous: ForgotPasswordState, form: FormData): Promise<ForgotPasswordState> {
  return submitForgotPasswordForm(new Headers(await headers()), form);
}
