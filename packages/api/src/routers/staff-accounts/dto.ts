import { STAFF_ROLES } from "@clinic/domain/people/roles";
import { z } from "zod";

export const staffAccountDto = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  role: z.enum(STAFF_ROLES),
  disabledAt: z.date().nullable(),
  createdAt: z.date(),
  lastSignInAt: z.date().nullable(),
  /** When the account's authenticator app was set up; null: not yet (it is asked at the next sign-in). */
  mfaEnabledAt: z.date().nullable(),
});
export type StaffAccountDto = z.infer<typeof staffAccountDto>;
