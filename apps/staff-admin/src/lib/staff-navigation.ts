import { isStaffRole, PATIENT_DATA_ROLES, type Role } from "@clinic/domain/people/roles";
import { staffMay } from "@clinic/domain/people/staff-permissions";

export type NavItem = { href: string; label: string };

/** Whether a role may open patient records (the content editor works only on the health library). */
export function canSeePatientData(role: Role): boolean {
  return (PATIENT_DATA_ROLES as readonly Role[]).includes(role);
}

/**
 * The areas a staff member sees in the navigation. Areas that do not exist yet (schedules, health
 * library editing, users) stay hidden rather than showing links that lead nowhere.
 */
export function navigationFor(role: Role): NavItem[] {
  const items: NavItem[] = [{ href: "/", label: "Dashboard" }];
  if (canSeePatientData(role)) items.push({ href: "/patients", label: "Patients" });
  // Sent and queued email holds patients' addresses: administrators only.
  if (role === "admin") items.push({ href: "/outbox", label: "Outbox" });
  if (isStaffRole(role) && staffMay(role, "staffAccounts.manage")) items.push({ href: "/staff-accounts", label: "Staff accounts" });
  if (isStaffRole(role) && staffMay(role, "audit.read")) items.push({ href: "/audit", label: "Audit trail" });
  return items;
}

/** The nav item the current path belongs to: "/" only matches itself, others match their subpages too. */
export function isCurrentPath(href: string, pathname: string): boolean {
  if (href === "/") return pathname === "/";
  return pathname === href || pathname.startsWith(`${href}/`);
}
