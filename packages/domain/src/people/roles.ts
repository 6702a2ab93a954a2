/** Every role a user of the portal can hold. Patients book; the others are clinic staff. */
export const ROLES = ["patient", "admin", "provider", "front_desk", "content_editor"] as const;
export type Role = (typeof ROLES)[number];

export const STAFF_ROLES = ["admin", "provider", "front_desk", "content_editor"] as const satisfies readonly Role[];
export type StaffRole = (typeof STAFF_ROLES)[number];

/** Staff roles that may see patient records (the content editor works only on the health library). */
export const PATIENT_DATA_ROLES = ["admin", "provider", "front_desk"] as const satisfies readonly StaffRole[];

export const ROLE_LABELS: Record<Role, string> = {
  patient: "Patient",
  admin: "Administrator",
  provider: "Provider",
  front_desk: "Front desk",
  content_editor: "Content editor",
};

export function isStaffRole(role: Role): role is StaffRole {
  return (STAFF_ROLES as readonly Role[]).includes(role);
}
