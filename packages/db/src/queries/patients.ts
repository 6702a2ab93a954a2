import type { Executor } from "../client";
import { appointments, patients, users } from "../schema";
import { phoneDigitsOfSearch } from "@clinic/domain/people/patient-search-terms";
import { and, asc, count, eq, ilike, inArray, isNull, or, sql } from "drizzle-orm";
import { union } from "drizzle-orm/pg-core";

/**
 * A patient's name and email: the account's when there is one, else the record's own (a record the
 * front desk made). Every read of them goes through these, with `users` LEFT JOINed.
 */
export const patientName = sql<string>`coalesce(${users.name}, ${patients.name})`;
export const patientEmail = sql<string | null>`coalesce(${users.email}, ${patients.email})`;

/** The contact columns every patient view shows (never the password hash or other account internals). */
const contactColumns = {
  name: patientName,
  email: patientEmail,
  phone: patients.phone,
  dateOfBirth: patients.dateOfBirth,
};

/** A patient's own contact details (the profile page), or null if there is no such patient. */
export async function findPatientContact(db: Executor, patientId: string) {
  const [row] = await db
    .select(contactColumns)
    .from(patients)
    .leftJoin(users, eq(users.id, patients.userId))
    .where(eq(patients.id, patientId))
    .limit(1);
  return row ?? null;
}

export async function updatePatientContact(
  db: Executor,
  patientId: string,
  contact: { name: string; phone: string | null; dateOfBirth: string | null },
): Promise<boolean> {
  const [patient] = await db
    .update(patients)
    .set({ phone: contact.phone, dateOfBirth: contact.dateOfBirth })
    .where(eq(patients.id, patientId))
    .returning({ userId: patients.userId });
  if (!patient) return false;
  if (patient.userId) await db.update(users).set({ name: contact.name }).where(eq(users.id, patient.userId));
  else await db.update(patients).set({ name: contact.name }).where(eq(patients.id, patientId));
  return true;
}

/** `%`, `_` and the escape character itself match literally in the search text. */
export function escapeLikePattern(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/**
 * Patients whose name or email contains the query (case-insensitive), or whose phone contains
 * its digits once separators are ignored on both sides. Ordered by name; `total` counts all matches.
 */
export async function searchPatients(
  db: Executor,
  search: { query: string; page: number; pageSize: number },
  reach: { providerId?: string } = {},
) {
  const pattern = `%${escapeLikePattern(search.query)}%`;
  const digits = phoneDigitsOfSearch(search.query);
  // Each branch can use its own trigram index (migrations/0001); an OR across the join could not,
  // so the matching ids are a UNION of index scans.
  const byNameOrEmail = db
    .select({ id: patients.id })
    .from(patients)
    .leftJoin(users, eq(users.id, patients.userId))
    .where(or(ilike(users.name, pattern), ilike(users.email, pattern)));
  // Records without an account carry their own name and email (trigram index on name, migrations/0006).
  const byRecordNameOrEmail = db
    .select({ id: patients.id })
    .from(patients)
    .where(and(isNull(patients.userId), or(ilike(patients.name, pattern), ilike(patients.email, pattern))));
  const matchingIds = digits
    ? union(
        byNameOrEmail,
        byRecordNameOrEmail,
        db
          .select({ id: patients.id })
          .from(patients)
          .where(sql`regexp_replace(coalesce(${patients.phone}, ''), '[^0-9]', '', 'g') like ${`%${digits}%`}`),
      )
    : union(byNameOrEmail, byRecordNameOrEmail);
  const matches = reach.providerId ? and(inArray(patients.id, matchingIds), hasVisitWith(reach.providerId)) : inArray(patients.id, matchingIds);

  // One scan answers both the page and the total (a window count), except past the last page,
  // where no row carries the total and it is counted separately.
  const rows = await db
    .select({ id: patients.id, ...contactColumns, total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(patients)
    .leftJoin(users, eq(users.id, patients.userId))
    .where(matches)
    .orderBy(asc(patientName), asc(patients.id))
    .limit(search.pageSize)
    .offset((search.page - 1) * search.pageSize);

  const items = rows.map(({ total: _total, ...item }) => item);
  if (rows[0]) return { items, total: rows[0].total };
  if (search.page === 1) return { items, total: 0 };
  const [counted] = await db
    .select({ total: count() })
    .from(patients)
    .leftJoin(users, eq(users.id, patients.userId))
    .where(matches);
  return { items, total: counted?.total ?? 0 };
}

/** The patient has at least one appointment with this provider, in any status, past or upcoming (a provider's reach). */
function hasVisitWith(providerId: string) {
  return sql`exists (select 1 from ${appointments} where ${appointments.patientId} = ${patients.id} and ${appointments.providerId} = ${providerId})`;
}

/** Whether a provider reaches this patient's record: true when they have a visit together (any status). */
export async function patientHasVisitWith(db: Executor, patientId: string, providerId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: appointments.id })
    .from(appointments)
    .where(and(eq(appointments.patientId, patientId), eq(appointments.providerId, providerId)))
    .limit(1);
  return row !== undefined;
}

/** A patient's record header for staff, or null. */
export async function findPatientRecord(db: Executor, patientId: string) {
  const [row] = await db
    .select({ id: patients.id, ...contactColumns, createdAt: patients.createdAt })
    .from(patients)
    .leftJoin(users, eq(users.id, patients.userId))
    .where(eq(patients.id, patientId))
    .limit(1);
  return row ?? null;
}

/** A patient record the front desk makes (no online account yet: user_id stays null until claimed). */
export async function insertFrontDeskPatient(
  db: Executor,
  record: { name: string; email: string | null; phone: string; dateOfBirth: string },
): Promise<string> {
  const [row] = await db.insert(patients).values(record).returning({ id: patients.id });
  if (!row) throw new Error("insert into patients returned no row");
  return row.id;
}

/** Patients born on `dateOfBirth` (the duplicate check compares their names in the domain); bounded. */
export async function findPatientsBornOn(db: Executor, dateOfBirth: string) {
  return db
    .select({ id: patients.id, ...contactColumns })
    .from(patients)
    .leftJoin(users, eq(users.id, patients.userId))
    .where(eq(patients.dateOfBirth, dateOfBirth))
    .orderBy(asc(patients.id))
    .limit(200);
}
