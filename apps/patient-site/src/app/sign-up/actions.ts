"use server";

import { safeCallbackUrl } from "@clinic/auth/callback-url";
import { postedText } from "@clinic/auth/sign-in-form";
import { createTRPCContext } from "@clinic/api/context";
import { createPatientCaller } from "@clinic/api/patient-router";
import { signUpInput } from "@clinic/domain/people/sign-up";
import { TRPCError } from "@trpc/server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z, ZodError } from "zod";

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
 * Asks the API for an account (it owns the rules and the transaction). Whether or not the email
 * already has one, the answer is the same page, "check your email" (docs/decisions/0080); the
 * patient continues from the link in that email. The form posts here, so it works without JavaScript.
 */
export async function signUpAction(_previous: SignUpFormState, form: FormData): Promise<SignUpFormState> {
  const input = { name: postedText(form, "name"), email: postedText(form, "email"), password: postedText(form, "password") };
  const values = { name: input.name.slice(0, 200), email: input.email.slice(0, 320) };
  const refused = (state: Omit<SignUpFormState, "values">): SignUpFormState => ({ ...state, values });
  const parsed = signUpInput.safeParse(input);
  if (!parsed.success) return refused({ fieldErrors: firstMessages(z.flattenError(parsed.error).fieldErrors) });

  try {
    const caller = createPatientCaller(createTRPCContext({ headers: new Headers(await headers()), user: null }));
    const returnTo = safeCallbackUrl(postedText(form, "callbackUrl"), "");
    await caller.account.signUp({ ...parsed.data, returnTo: returnTo || undefined });
  } catch (error) {
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
  redirect("/sign-up/check-email");
}
