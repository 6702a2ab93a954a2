"use server";

import { submitChangePasswordForm, type ChangePasswordState } from "@clinic/api/own-account-forms";
import { postedText } from "@clinic/auth/sign-in-form";
import { revalidatePath } from "next/cache";
import { getCaller } from "~/trpc/server";

/** Changes the signed-in patient's password; their other sessions end, this one stays. */
export async function changePasswordAction(_previous: ChangePasswordState, form: FormData): Promise<ChangePasswordState> {
  const account = (await getCaller()).account;
  const outcome = await submitChangePasswordForm((input) => account.changePassword(input), form);
  if (outcome.changed) revalidatePath("/profile");
  return outcome;
}

/** Signs out one of the patient's other devices. */
export async function endSessionAction(form: FormData): Promise<void> {
  await (await getCaller()).account.endSession({ sessionId: postedText(form, "sessionId") });
  revalidatePath("/profile");
}

/** Signs out every other device. */
export async function endOtherSessionsAction(): Promise<void> {
  await (await getCaller()).account.endOtherSessions();
  revalidatePath("/profile");
}
