import { z } from "zod";
import { dateOfBirthSchema, phoneSchema } from "./contact-details";
import { emailSchema, personNameSchema } from "./sign-up";

const emptyToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

/**
 * A patient record the front desk makes on the spot (by phone, at the desk): name, date of birth
 * and phone; email optional (with one, the patient can later claim an online account).
 */
export const createPatientInput = z.object({
  name: personNameSchema,
  dateOfBirth: dateOfBirthSchema,
  phone: phoneSchema,
  email: z.preprocess(emptyToUndefined, emailSchema.optional()),
  /** Staff saw the suggested duplicates and still want a new record. */
  confirmNotDuplicate: z.boolean().default(false),
});
export type CreatePatientInput = z.infer<typeof createPatientInput>;

/** Name compared for duplicates: case, accents' absence, extra spaces and punctuation ignored. */
export function duplicateNameKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Existing records that are probably the same person: same date of birth and the same name key. */
export function likelyDuplicates<T extends { name: string; dateOfBirth: string | null }>(
  candidate: { name: string; dateOfBirth: string },
  existing: readonly T[],
): T[] {
  const key = duplicateNameKey(candidate.name);
  return existing.filter((record) => record.dateOfBirth === candidate.dateOfBirth && duplicateNameKey(record.name) === key);
}
