import { STAFF_ROLES } from "@clinic/domain/people/roles";
import { z } from "zod";

export const staffMemberDto = z.object({ id: z.uuid(), name: z.string(), email: z.string(), role: z.enum(STAFF_ROLES) });
export type StaffMemberDto = z.infer<typeof staffMemberDto>;
