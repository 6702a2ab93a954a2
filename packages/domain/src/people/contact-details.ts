import { z } from "zod";
import { personNameSchema } from "./sign-up";

/**
 * Phone numbers are kept as the patient typed them after trimming, but must hold 7–15 digits
 * (E.164 allows at most 15) and only the usual separators.
 */
export const phoneSchema = z
  .string()
  .trim()
  .max(30, "That phone number is too long.")
  .regex(/^\+?[0-9 ().-]+$/, "Use digits, spaces and + ( ) - . only, like (512) 555-0142.")
  .refine((value) => {
    const digits = value.replace(/\D/g, "").length;
    return digits >= 7 && digits <= 15;
  }, "A phone number has 7 to 15 digits.");

/** Calendar date YYYY-MM-DD, in the past, no more than 130 years ago. */
export const dateOfBirthSchema = z.iso
  .date("Enter a date like 1980-04-23.")
  .refine((value) => value <= new Date().toISOString().slice(0, 10), "Date of birth cannot be in the future.")
  .refine((value) => Number(value.slice(0, 4)) >= new Date().getUTCFullYear() - 130, "Check the year of birth.");

export const updateContactInput = z.object({
  name: personNameSchema,
  phone: phoneSchema.nullable(),
  dateOfBirth: dateOfBirthSchema.nullable(),
});
export type UpdateContactInput = z.infer<typeof updateContactInput>;

const emptyToNull = (value: unknown) => (typeof value === "string" && value.trim() === "" ? null : value);

/** The contact form as the browser posts it: an empty box means "no value". */
export const contactFormInput = z.object({
  name: personNameSchema,
  phone: z.preprocess(emptyToNull, phoneSchema.nullable()),
  dateOfBirth: z.preprocess(emptyToNull, dateOfBirthSchema.nullable()),
});
