import { z } from "zod";

export const patientSearchInput = z.object({
  /** Part of a name, an email, or a phone number (digits are compared without separators). */
  query: z.string().trim().min(2, "Type at least 2 characters to search.").max(100),
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(50).default(20),
});
export type PatientSearchInput = z.infer<typeof patientSearchInput>;
