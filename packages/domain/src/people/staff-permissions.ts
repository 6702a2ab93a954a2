import type { StaffRole } from "./roles";

/**
 * What staff may do, one row per capability (issue "Staff run the clinic's day", §1). Procedures ask
 * `staffMay(role, capability)` through `staffProcedure`; pages ask it to show or hide actions.
 * "own" means: only for the provider's own visits, schedule or patients (see `providerScope`).
 */
export const STAFF_CAPABILITIES = {
  // Appointments
  "appointments.viewAll": ["admin", "front_desk"],
  "appointments.viewOwn": ["provider"],
  "appointments.bookForPatient": ["admin", "front_desk"],
  "appointments.changeAny": ["admin", "front_desk"], // check in, complete, no-show, cancel, reschedule
  "appointments.changeOwn": ["provider"], // check in, complete, no-show of their own visits
  "appointments.overrideRules": ["admin", "front_desk"], // notice, horizon, change cutoff — never overlaps
  // Schedules and closures
  "schedules.viewAll": ["admin", "front_desk"],
  "schedules.viewOwn": ["provider"],
  "schedules.editHours": ["admin"],
  "schedules.addTimeOff": ["admin", "front_desk"],
  "schedules.requestTimeOff": ["provider"], // an administrator approves
  "schedules.approveTimeOff": ["admin"],
  "closures.edit": ["admin", "front_desk"],
  // Services, providers, locations
  "catalogue.view": ["admin", "front_desk", "provider", "content_editor"],
  "catalogue.edit": ["admin"],
  // Patients
  "patients.viewAll": ["admin", "front_desk"],
  "patients.viewOwn": ["provider"], // patients with a visit with them, past or upcoming
  "patients.create": ["admin", "front_desk"],
  "patients.editContact": ["admin", "front_desk"],
  // Health library
  "articles.edit": ["admin", "content_editor"],
  "articles.approve": ["admin", "provider"], // never one's own text
  // Accounts and audit
  "staffAccounts.manage": ["admin"],
  "audit.read": ["admin"],
  "outbox.read": ["admin"],
} as const satisfies Record<string, readonly StaffRole[]>;

export type StaffCapability = keyof typeof STAFF_CAPABILITIES;

export function staffMay(role: StaffRole, capability: StaffCapability): boolean {
  return (STAFF_CAPABILITIES[capability] as readonly StaffRole[]).includes(role);
}

/** The roles holding any of these capabilities: what a procedure passes to `staffProcedure`. */
export function rolesThatMay(...capabilities: StaffCapability[]): StaffRole[] {
  const roles = new Set<StaffRole>();
  for (const capability of capabilities) for (const role of STAFF_CAPABILITIES[capability]) roles.add(role);
  return [...roles];
}

/**
 * Whose records a staff member reaches for a pair of "all"/"own" capabilities: every provider's, only
 * their own provider record's, or none. Handlers filter their reads by it and refuse others' ids.
 */
export type ProviderScope = { kind: "all" } | { kind: "own"; providerId: string } | { kind: "none" };

export function providerScope(
  user: { role: StaffRole; providerId: string | null },
  all: StaffCapability,
  own: StaffCapability,
): ProviderScope {
  if (staffMay(user.role, all)) return { kind: "all" };
  if (staffMay(user.role, own) && user.providerId) return { kind: "own", providerId: user.providerId };
  return { kind: "none" };
}
