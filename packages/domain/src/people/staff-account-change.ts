import { DomainError } from "../errors/domain-error";
import { STAFF_ROLES, type Role, type StaffRole } from "./roles";
import { z } from "zod";

export const staffAccountChangeInput = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("role"), userId: z.uuid("Choose a staff account."), role: z.enum(STAFF_ROLES, { error: "Choose a role from the list." }) }),
  z.object({ kind: z.literal("disable"), userId: z.uuid("Choose a staff account.") }),
  z.object({ kind: z.literal("enable"), userId: z.uuid("Choose a staff account.") }),
  z.object({ kind: z.literal("reset_second_factor"), userId: z.uuid("Choose a staff account.") }),
]);
export type StaffAccountChange = z.infer<typeof staffAccountChangeInput>;

/**
 * Whether an administrator may make this change. Patients' accounts are not staff accounts; no one
 * disables or demotes themselves, so the clinic cannot lock out its last administrator by a slip; and
 * no one resets their own authenticator (a stolen admin session must not swap the second factor).
 */
export function checkStaffAccountChange(actorId: string, target: { id: string; role: Role } | null, change: StaffAccountChange): StaffRole {
  if (!target || target.role === "patient") throw new DomainError("not_found", "That staff account was not found.");
  if (target.id === actorId && change.kind === "reset_second_factor") {
    throw new DomainError("forbidden", "You cannot reset your own two-step sign-in. Ask another administrator.");
  }
  if (target.id === actorId && change.kind !== "enable" && !(change.kind === "role" && change.role === "admin")) {
    throw new DomainError("forbidden", "You cannot disable your own account or change your own role. Ask another administrator.");
  }
  return target.role;
}
