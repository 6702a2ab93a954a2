"use server";

import { submitResetPasswordForm, type ResetPasswordState } from "@clinic/api/account-recovery";
import { headers } from "next/headers";

/** Sets the new password with the link's token; every session of the account ends. */
export async function resetPasswordAction(_previous: ResetPasswordState, form: FormData): Promise<ResetPasswordState> {
  return submitResetPasswordForm(new Headers(await headers()), form);
}
