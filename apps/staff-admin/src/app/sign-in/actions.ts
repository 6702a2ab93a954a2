"use server";

import { submitSignInForm, type SignInFormState } from "@clinic/auth/sign-in-form";
import { redirect } from "next/navigation";
import { secondFactorStep, signIn } from "~/auth";

/** Signs a staff member in (patients are refused with a pointer to the patient site). */
export async function signInAction(_previous: SignInFormState, form: FormData): Promise<SignInFormState> {
  const outcome = await submitSignInForm(signIn, "staff", form, "/");
  // Straight on to the code (or enrolment) step when the account owes a second factor.
  if ("redirectTo" in outcome) redirect((await secondFactorStep(outcome.redirectTo)) ?? outcome.redirectTo);
  return outcome;
}
