import { isStaffRole, PATIENT_DATA_ROLES, type Role } from "@clinic/domain/people/roles";
import { staffMay, type StaffCapability } from "@clinic/domain/people/staff-permissions";

export type NavItem = { href: string; label: string };

/** Whether a role may open patient records (the content editor works only on the health library). */
export function canSeePatientData(role: Role): boolean {
  return (PATIENT_DATA_ROLES as readonly Role[]).includes(role);
}

/** Each area and the capabilities (any of them) that open it, in the order the nav shows them. */
const AREAS: { href: string; label: string; needs: StaffCapability[] }[] = [
  { href: "/calendar", label: "Calendar", needs: ["appointments.viewAll", "appointments.viewOwn"] },
  { href: "/book", label: "Book a visit", needs: ["appointments.bookForPatient"] },
  { href: "/patients", label: "Patients", needs: ["patients.viewAll", "patients.viewOwn"] },
  { href: "/schedules", label: "Schedules", needs: ["schedules.viewAll", "schedules.viewOwn"] },
  { href: "/library", label: "Health library", needs: ["articles.edit", "articles.approve"] },
  { href: "/settings", label: "Settings", needs: ["catalogue.view"] },
  // Sent and queued email holds patients' addresses: administrators only.
  { href: "/outbox", label: "Outbox", needs: ["outbox.read"] },
  { href: "/staff-accounts", label: "Staff accounts", needs: ["staffAccounts.manage"] },
  { href: "/audit", label: "Audit trail", needs: ["audit.read"] },
];

/** The areas a staff member sees in the navigation; areas a role may not use are not shown. */
export function navigationFor(role: Role): NavItem[] {
  if (!isStaffRole(role)) return [];
  // A provider's home is their own calendar day (the dashboard lists everyone's visits).
  const home: NavItem[] = role === "provider" ? [] : [{ href: "/", label: "Dashboard" }];
  const areas = AREAS.filter((area) => area.needs.some((capability) => staffMay(role, capability)));
  return [...home, ...areas.map(({ href, label }) => ({ href, label }))];
}

/** The nav item the current path belongs to: "/" only matches itself, others match their subpages too. */
export function isCurrentPath(href: string, pathname: string): boolean {
  if (href === "/") return pathname === "/";
  return pathname === href || pathname.startsWith(`${href}/`);
}
