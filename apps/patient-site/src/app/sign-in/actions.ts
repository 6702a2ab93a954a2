"use server";

import { submitSignInForm, type SignInFormState } from "@clinic/auth/sign-in-form";
import { redirect } from "next/navigation";
import { signIn } from "~/auth";

/** Signs a patient in; on success goes to the page they asked for, or their appointments. */
export async function signInAction(_previous: SignInFormState, form: FormData): Promise<SignInFormState> {
  const outcome = await submitSignInForm(signIn, "patient", form, "/appointments");
  if ("redirectTo" in outcome) redirect(outcome.redirectTo);
  return outcome;
}
