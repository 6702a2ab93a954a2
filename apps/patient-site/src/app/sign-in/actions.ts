"use server";

import { submitSignInForm, type SignInFormState } from "@clinic/auth/sign-in-form";
import { redirect } from "next/navigation";
import { secondFactorStep, signIn } from "~/auth";

/** Signs a patient in; on success goes to the page they asked for, or their appointments. */
export async function signInAction(_previous: SignInFormState, form: FormData): Promise<SignInFormState> {
  const outcome = await submitSignInForm(signIn, "patient", form, "/appointments");
  // A patient who turned two-step sign-in on is asked for the code next.
  if ("redirectTo" in outcome) redirect((await secondFactorStep(outcome.redirectTo)) ?? outcome.redirectTo);
  return outcome;
}
