import { z } from "zod";

/** The patient's own contact details; never the password hash or other account internals. */
export const contactDetailsDto = z.object({
  name: z.string(),
  email: z.string(),
  phone: z.string().nullable(),
  /** YYYY-MM-DD */
  dateOfBirth: z.string().nullable(),
});
export type ContactDetailsDto = z.infer<typeof contactDetailsDto>;
