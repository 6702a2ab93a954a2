"use server";

import { safeCallbackUrl } from "@clinic/auth/callback-url";
import { signInWithPassword } from "@clinic/auth/session";
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
};

function firstMessages(fieldErrors: Partial<Record<string, string[]>>): Partial<Record<SignUpField, string>> {
  return { name: fieldErrors.name?.[0], email: fieldErrors.email?.[0], password: fieldErrors.password?.[0] };
}

/**
 * Creates a patient account through the API (which owns the rules and the transaction), then
 * signs the new patient in and goes to the page they came from (e.g. a booking waiting for
 * confirmation), or their appointments.
 */
export async function signUpAction(input: {
  name: string;
  email: string;
  password: string;
  callbackUrl?: string;
}): Promise<SignUpFormState> {
  const parsed = signUpInput.safeParse(input);
  if (!parsed.success) return { fieldErrors: firstMessages(z.flattenError(parsed.error).fieldErrors) };

  try {
    const caller = createPatientCaller(createTRPCContext({ headers: new Headers(await headers()), user: null }));
    await caller.account.signUp(parsed.data);
  } catch (error) {
    if (error instanceof TRPCError && error.code === "CONFLICT") return { fieldErrors: { email: error.message } };
    if (error instanceof TRPCError && error.code === "BAD_REQUEST") {
      return error.cause instanceof ZodError
        ? { fieldErrors: firstMessages(z.flattenError(error.cause).fieldErrors) }
        : { formError: error.message };
    }
    if (error instanceof TRPCError && error.code === "TOO_MANY_REQUESTS") return { formError: error.message };
    // The class only: driver messages can contain the email address.
    console.error("sign-up failed unexpectedly:", error instanceof Error ? error.name : typeof error);
    return { formError: "We could not create your account just now. Please try again in a moment." };
  }

  const signedIn = await signInWithPassword(signIn, "patient", parsed.data);
  if (!signedIn.ok) {
    return { formError: `Your account is ready, but we could not sign you in: ${signedIn.message}` };
  }
  redirect(safeCallbackUrl(input.callbackUrl, "/appointments"));
}
