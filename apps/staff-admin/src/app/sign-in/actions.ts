"use server";

import { submitSignInForm, type SignInFormState } from "@clinic/auth/sign-in-form";
import { redirect } from "next/navigation";
import { signIn } from "~/auth";

/** Signs a staff member in (patients are refused with a pointer to the patient site). */
export async function signInAction(_previous: SignInFormState, form: FormData): Promise<SignInFormState> {
  const outcome = await submitSignInForm(signIn, "staff", form, "/");
  if ("redirectTo" in outcome) redirect(outcome.redirectTo);
  return outcome;
}
