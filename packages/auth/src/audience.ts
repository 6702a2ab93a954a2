import { isStaffRole, type Role } from "@clinic/domain/people/roles";

/** Which app a sign-in belongs to: the patient site or the staff admin. */
export type Audience = "patient" | "staff";

/** Patients may only use the patient site and staff only the staff admin. */
export function roleFitsAudience(role: Role, audience: Audience): boolean {
  return audience === "staff" ? isStaffRole(role) : role === "patient";
}
