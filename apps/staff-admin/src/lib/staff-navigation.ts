import { PATIENT_DATA_ROLES, type Role } from "@clinic/domain/people/roles";
import { rolesThatMay } from "@clinic/domain/people/staff-permissions";

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
  // A provider's home is their own calendar day (the dashboard lists everyone's visits).
  const items: NavItem[] = role === "provider" ? [] : [{ href: "/", label: "Dashboard" }];
  if ((rolesThatMay("appointments.viewAll", "appointments.viewOwn") as readonly Role[]).includes(role)) items.push({ href: "/calendar", label: "Calendar" });
  if (canSeePatientData(role)) items.push({ href: "/patients", label: "Patients" });
  // Sent and queued email holds patients' addresses: administrators only.
  if (role === "admin") items.push({ href: "/outbox", label: "Outbox" });
  return items;
}

/** The nav item the current path belongs to: "/" only matches itself, others match their subpages too. */
export function isCurrentPath(href: string, pathname: string): boolean {
  if (href === "/") return pathname === "/";
  return pathname === href || pathname.startsWith(`${href}/`);
}
