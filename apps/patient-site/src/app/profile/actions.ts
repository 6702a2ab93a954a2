"use server";

import { postedText } from "@clinic/auth/sign-in-form";
import { contactFormInput } from "@clinic/domain/people/contact-details";
import { TRPCError } from "@trpc/server";
import { z, ZodError } from "zod";
import { getCaller } from "~/trpc/server";

export type ContactField = "name" | "phone" | "dateOfBirth";

export type ContactFormState = {
  saved?: boolean;
  formError?: string;
  fieldErrors?: Partial<Record<ContactField, string>>;
  values?: Partial<Record<ContactField, string>>;
};

function firstMessages(error: ZodError): Partial<Record<ContactField, string>> {
  const { fieldErrors } = z.flattenError(error as ZodError<Record<ContactField, unknown>>);
  return { name: fieldErrors.name?.[0], phone: fieldErrors.phone?.[0], dateOfBirth: fieldErrors.dateOfBirth?.[0] };
}

/** Saves the signed-in patient's contact details through the API, which checks who is calling. */
export async function updateContactAction(_previous: ContactFormState, form: FormData): Promise<ContactFormState> {
  const values = { name: postedText(form, "name"), phone: postedText(form, "phone"), dateOfBirth: postedText(form, "dateOfBirth") };
  const shown = { name: values.name.slice(0, 200), phone: values.phone.slice(0, 40), dateOfBirth: values.dateOfBirth.slice(0, 10) };
  const parsed = contactFormInput.safeParse(values);
  if (!parsed.success) return { fieldErrors: firstMessages(parsed.error), values: shown };
  try {
    const saved = await (await getCaller()).profile.updateContact(parsed.data);
    return { saved: true, values: { name: saved.name, phone: saved.phone ?? "", dateOfBirth: saved.dateOfBirth ?? "" } };
  } catch (error) {
    if (error instanceof TRPCError && error.cause instanceof ZodError) return { fieldErrors: firstMessages(error.cause), values: shown };
    if (error instanceof TRPCError && error.code === "UNAUTHORIZED") {
      return { formError: "Your session has ended. Please sign in again to save your details.", values: shown };
    }
    console.error("saving contact details failed:", error instanceof Error ? error.name : typeof error);
    return { formError: "We could not save your details. Please try again in a moment.", values: shown };
  }
}
