"use server";

import { safeCallbackUrl } from "@clinic/auth/callback-url";
import { signInWithPassword } from "@clinic/auth/session";
import { postedText } from "@clinic/auth/sign-in-form";
import { createTRPCContext } from "@clinic/api/context";
import { createPatientCaller } from "@clinic/api/patient-router";
import { signUpInput } from "@clinic/domain/people/sign-up";
import { TRPCError } from "@trpc/server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z, ZodError } from "zod";
import { signIn } from "~/auth";

type SignUpField = "name" | "email" | "password";

export type SignUpFormState = {
  formError?: string;
  fieldErrors?: Partial<Record<SignUpField, string>>;
  /** Name and email shown again after a refusal; the password never. */
  values?: Partial<Record<"name" | "email", string>>;
};

function firstMessages(fieldErrors: Partial<Record<string, string[]>>): Partial<Record<SignUpField, string>> {
  return { name: fieldErrors.name?.[0], email: fieldErrors.email?.[0], password: fieldErrors.password?.[0] };
}

/**
 * Creates a patient account through the API (which owns the rules and the transaction), then
 * signs the new patient in and goes to the page they came from (e.g. a booking waiting for
 * confirmation), or their appointments. The form posts here, so it works without JavaScript.
 */
export async function signUpAction(_previous: SignUpFormState, form: FormData): Promise<SignUpFormState> {
  const input = { name: postedText(form, "name"), email: postedText(form, "email"), password: postedText(form, "password") };
  const values = { name: input.name.slice(0, 200), email: input.email.slice(0, 320) };
  const refused = (state: Omit<SignUpFormState, "values">): SignUpFormState => ({ ...state, values });
  const parsed = signUpInput.safeParse(input);
  if (!parsed.success) return refused({ fieldErrors: firstMessages(z.flattenError(parsed.error).fieldErrors) });

  try {
    const caller = createPatientCaller(createTRPCContext({ headers: new Headers(await headers()), user: null }));
    await caller.account.signUp(parsed.data);
  } catch (error) {
    if (error instanceof TRPCError && error.code === "CONFLICT") return refused({ fieldErrors: { email: error.message } });
    if (error instanceof TRPCError && error.code === "BAD_REQUEST") {
      return refused(
        error.cause instanceof ZodError
          ? { fieldErrors: firstMessages(z.flattenError(error.cause).fieldErrors) }
          : { formError: error.message },
      );
    }
    if (error instanceof TRPCError && error.code === "TOO_MANY_REQUESTS") return refused({ formError: error.message });
    // The class only: driver messages can contain the email address.
    console.error("sign-up failed unexpectedly:", error instanceof Error ? error.name : typeof error);
    return refused({ formError: "We could not create your account just now. Please try again in a moment." });
  }

  const signedIn = await signInWithPassword(signIn, "patient", parsed.data);
  if (!signedIn.ok) {
    return refused({ formError: `Your account is ready, but we could not sign you in: ${signedIn.message}` });
  }
  redirect(safeCallbackUrl(postedText(form, "callbackUrl"), "/appointments"));
}
