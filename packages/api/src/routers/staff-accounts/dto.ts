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
});
export type StaffAccountDto = z.infer<typeof staffAccountDto>;
