"use server";

import { postedText } from "@clinic/auth/sign-in-form";
import { createPatientInput } from "@clinic/domain/people/new-patient";
import { TRPCError } from "@trpc/server";
import { redirect, unstable_rethrow } from "next/navigation";
import { z, ZodError } from "zod";
import { getCaller } from "~/trpc/server";

export type NewPatientField = "name" | "dateOfBirth" | "phone" | "email";
export type NewPatientState = {
  formError?: string;
  fieldErrors?: Partial<Record<NewPatientField, string>>;
  values?: Partial<Record<NewPatientField, string>>;
  duplicates?: { id: string; name: string; dateOfBirth: string | null; phone: string | null }[];
};

function firstMessages(error: ZodError): Partial<Record<NewPatientField, string>> {
  const { fieldErrors } = z.flattenError(error as ZodError<Record<NewPatientField, unknown>>);
  return { name: fieldErrors.name?.[0], dateOfBirth: fieldErrors.dateOfBirth?.[0], phone: fieldErrors.phone?.[0], email: fieldErrors.email?.[0] };
}

/** Creates a patient record on the spot, or answers with the likely duplicates; then the booking goes on by the new id. */
export async function createPatientAction(_previous: NewPatientState, form: FormData): Promise<NewPatientState> {
  const values = { name: postedText(form, "name"), dateOfBirth: postedText(form, "dateOfBirth"), phone: postedText(form, "phone"), email: postedText(form, "email") };
  const shown = { name: values.name.slice(0, 200), dateOfBirth: values.dateOfBirth.slice(0, 10), phone: values.phone.slice(0, 40), email: values.email.slice(0, 254) };
  const parsed = createPatientInput.safeParse({ ...values, confirmNotDuplicate: form.get("confirmNotDuplicate") === "on" });
  if (!parsed.success) return { fieldErrors: firstMessages(parsed.error), values: shown };
  let patientId: string;
  try {
    const result = await (await getCaller()).patients.create(parsed.data);
    if (!result.created) {
      return { values: shown, duplicates: result.duplicates.map(({ id, name, dateOfBirth, phone }) => ({ id, name, dateOfBirth, phone })) };
    }
    patientId = result.patientId;
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof TRPCError && error.cause instanceof ZodError) return { fieldErrors: firstMessages(error.cause), values: shown };
    if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR") return { formError: error.message, values: shown };
    console.error("creating a patient failed:", error instanceof Error ? error.name : typeof error);
    return { formError: "The patient record could not be saved. Please try again in a moment.", values: shown };
  }
  redirect(`/book?patient=${patientId}`);
}

export type BookState = { formError?: string };

/** Books the chosen time for the patient; on success the visit page says the confirmation is queued. */
export async function bookForPatientAction(_previous: BookState, form: FormData): Promise<BookState> {
  const overrides = form.getAll("waive").filter((value): value is string => typeof value === "string");
  let visitId: string;
  try {
    const booked = await (await getCaller()).visits.bookForPatient({
      patientId: postedText(form, "patient"),
      serviceId: postedText(form, "service"),
      locationId: postedText(form, "location"),
      providerId: postedText(form, "provider"),
      start: postedText(form, "start"),
      reason: postedText(form, "reason").slice(0, 1000),
      overrides: overrides as never,
      idempotencyKey: postedText(form, "idempotencyKey"),
    });
    visitId = booked.id;
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof TRPCError && error.cause instanceof ZodError) return { formError: error.cause.issues[0]?.message ?? "Check the booking." };
    if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR") return { formError: error.message };
    console.error("booking for a patient failed:", error instanceof Error ? error.name : typeof error);
    return { formError: "The visit could not be booked. Please try again in a moment." };
  }
  redirect(`/visits/${visitId}?done=booked`);
}
