import type { Executor } from "../client";
import { patientName } from "./patients";
import {
  appointments,
  keptVisits,
  locationClosures,
  locations,
  patients,
  providerLocations,
  providers,
  providerScheduleExceptions,
  providerWeeklyHours,
  services,
  users,
} from "../schema";
import { ACTIVE_APPOINTMENT_STATUSES } from "@clinic/domain/appointments/appointment-status";
import type { ScheduleExceptionKind, ScheduleExceptionStatus, WeeklyHours } from "@clinic/domain/scheduling/weekly-schedule";
import { and, asc, eq, gte, inArray } from "drizzle-orm";

/** PostgreSQL `time` reads as "09:00:00"; schedules speak "09:00". */
const wallTime = (value: string | null) => (value === null ? null : value.slice(0, 5));

export type ScheduleLocation = { id: string; name: string; timeZone: string };

export async function findScheduleLocation(db: Executor, locationId: string): Promise<ScheduleLocation | null> {
  const [row] = await db.select({ id: locations.id, name: locations.name, timeZone: locations.timeZone }).from(locations).where(eq(locations.id, locationId));
  return row ?? null;
}

/** Providers linked to the location (provider_locations), active ones, by name. */
export async function listProviderIdsAt(db: Executor, locationId: string): Promise<string[]> {
  const rows = await db
    .select({ id: providers.id })
    .from(providers)
    .innerJoin(providerLocations, eq(providerLocations.providerId, providers.id))
    .where(and(eq(providerLocations.locationId, locationId), eq(providers.active, true)))
    .orderBy(asc(providers.name), asc(providers.id));
  return rows.map((row) => row.id);
}

/** The locations a provider works at (provider_locations). */
export async function listLocationIdsOf(db: Executor, providerId: string): Promise<string[]> {
  const rows = await db.select({ id: providerLocations.locationId }).from(providerLocations).where(eq(providerLocations.providerId, providerId));
  return rows.map((row) => row.id);
}

/**
 * What the schedule editor shows: providers (all, or the given ones) with their locations, weekly
 * hours, exceptions from `fromDate` on (pending ones too) and every location's closures from then on.
 */
export async function loadScheduleOverview(db: Executor, options: { providerIds: string[] | null; fromDate: string }) {
  const providerFilter = options.providerIds ? inArray(providers.id, options.providerIds) : undefined;
  const providerRows = await db
    .select({ id: providers.id, name: providers.name })
    .from(providers)
    .where(and(eq(providers.active, true), providerFilter))
    .orderBy(asc(providers.name), asc(providers.id));
  const ids = providerRows.map((row) => row.id);
  const locationRows = await db
    .select({ id: locations.id, name: locations.name, timeZone: locations.timeZone })
    .from(locations)
    .orderBy(asc(locations.name), asc(locations.id));
  const links = ids.length ? await db.select().from(providerLocations).where(inArray(providerLocations.providerId, ids)) : [];
  const hours = ids.length
    ? await db
        .select()
        .from(providerWeeklyHours)
        .where(inArray(providerWeeklyHours.providerId, ids))
        .orderBy(asc(providerWeeklyHours.weekday), asc(providerWeeklyHours.startTime))
    : [];
  const e = providerScheduleExceptions;
  const exceptions = ids.length
    ? await db
        .select({
          id: e.id,
          providerId: e.providerId,
          locationId: e.locationId,
          date: e.date,
          kind: e.kind,
          start: e.startTime,
          end: e.endTime,
          note: e.note,
          status: e.status,
          requestedBy: users.name,
        })
        .from(e)
        .leftJoin(users, eq(users.id, e.createdByUserId))
        .where(and(inArray(e.providerId, ids), gte(e.date, options.fromDate)))
        .orderBy(asc(e.date), asc(e.startTime))
    : [];
  const closures = await db
    .select()
    .from(locationClosures)
    .where(gte(locationClosures.date, options.fromDate))
    .orderBy(asc(locationClosures.date), asc(locationClosures.startTime));
  return {
    locations: locationRows,
    providers: providerRows.map((provider) => ({
      ...provider,
      locationIds: links.filter((link) => link.providerId === provider.id).map((link) => link.locationId),
      weeklyHours: hours
        .filter((row) => row.providerId === provider.id)
        .map((row) => ({
          id: row.id,
          locationId: row.locationId,
          weekday: row.weekday,
          start: wallTime(row.startTime) as string,
          end: wallTime(row.endTime) as string,
          effectiveFrom: row.effectiveFrom,
          effectiveTo: row.effectiveTo,
        })),
    })),
    exceptions: exceptions.map((row) => ({ ...row, start: wallTime(row.start), end: wallTime(row.end) })),
    closures: closures.map((row) => ({ id: row.id, locationId: row.locationId, date: row.date, start: wallTime(row.startTime), end: wallTime(row.endTime), reason: row.reason })),
  };
}

export type UpcomingVisit = {
  id: string;
  providerId: string;
  patientId: string;
  patientName: string;
  serviceName: string;
  start: Date;
  end: Date;
  kept: boolean;
};

/** The providers' active visits at the location starting from `from` on (any date after), by start. */
export async function listUpcomingVisits(db: Executor, providerIds: readonly string[], locationId: string, from: Date): Promise<UpcomingVisit[]> {
  if (providerIds.length === 0) return [];
  const a = appointments;
  const rows = await db
    .select({
      id: a.id,
      providerId: a.providerId,
      patientId: a.patientId,
      patientName,
      serviceName: services.name,
      start: a.startsAt,
      end: a.endsAt,
      keptAt: keptVisits.keptAt,
    })
    .from(a)
    .innerJoin(patients, eq(patients.id, a.patientId))
    // A record the front desk made has no account; its visits can be stranded all the same.
    .leftJoin(users, eq(users.id, patients.userId))
    .innerJoin(services, eq(services.id, a.serviceId))
    .leftJoin(keptVisits, eq(keptVisits.appointmentId, a.id))
    .where(
      and(
        inArray(a.providerId, [...providerIds]),
        eq(a.locationId, locationId),
        inArray(a.status, [...ACTIVE_APPOINTMENT_STATUSES]),
        gte(a.startsAt, from),
      ),
    )
    .orderBy(asc(a.startsAt));
  return rows.map(({ keptAt, ...row }) => ({ ...row, kept: keptAt !== null }));
}

/** Replaces the provider's weekly hours at the location with `rows` (empty = no hours there). */
export async function replaceWeeklyHours(tx: Executor, providerId: string, locationId: string, rows: readonly WeeklyHours[]): Promise<void> {
  await tx.delete(providerWeeklyHours).where(and(eq(providerWeeklyHours.providerId, providerId), eq(providerWeeklyHours.locationId, locationId)));
  if (rows.length === 0) return;
  await tx.insert(providerWeeklyHours).values(
    rows.map((row) => ({
      providerId,
      locationId,
      weekday: row.weekday,
      startTime: row.start,
      endTime: row.end,
      effectiveFrom: row.effectiveFrom ?? null,
      effectiveTo: row.effectiveTo ?? null,
    })),
  );
}

export async function insertScheduleException(
  tx: Executor,
  row: {
    providerId: string;
    locationId: string | null;
    date: string;
    kind: ScheduleExceptionKind;
    start: string | null;
    end: string | null;
    note: string | null;
    status: ScheduleExceptionStatus;
    createdByUserId: string;
  },
): Promise<string> {
  const [inserted] = await tx
    .insert(providerScheduleExceptions)
    .values({
      providerId: row.providerId,
      locationId: row.locationId,
      date: row.date,
      kind: row.kind,
      startTime: row.start,
      endTime: row.end,
      note: row.note,
      status: row.status,
      createdByUserId: row.createdByUserId,
      decidedByUserId: row.status === "approved" ? row.createdByUserId : null,
    })
    .returning({ id: providerScheduleExceptions.id });
  return inserted!.id;
}

export async function findScheduleException(db: Executor, id: string, options: { forUpdate?: boolean } = {}) {
  const e = providerScheduleExceptions;
  const query = db
    .select({ id: e.id, providerId: e.providerId, locationId: e.locationId, date: e.date, kind: e.kind, start: e.startTime, end: e.endTime, status: e.status })
    .from(e)
    .where(eq(e.id, id));
  const [row] = options.forUpdate ? await query.for("update") : await query;
  return row ? { ...row, start: wallTime(row.start), end: wallTime(row.end) } : null;
}

export async function decideScheduleException(tx: Executor, id: string, status: "approved" | "declined", decidedByUserId: string): Promise<void> {
  await tx.update(providerScheduleExceptions).set({ status, decidedByUserId, updatedAt: new Date() }).where(eq(providerScheduleExceptions.id, id));
}

export async function insertLocationClosure(
  tx: Executor,
  row: { locationId: string; date: string; start: string | null; end: string | null; reason: string; createdByUserId: string },
): Promise<string> {
  const [inserted] = await tx
    .insert(locationClosures)
    .values({ locationId: row.locationId, date: row.date, startTime: row.start, endTime: row.end, reason: row.reason, createdByUserId: row.createdByUserId })
    .returning({ id: locationClosures.id });
  return inserted!.id;
}

/** One closure as the rules see it (with its location and reason), or null; `forUpdate` holds it until the change is saved. */
export async function findLocationClosure(db: Executor, id: string, options: { forUpdate?: boolean } = {}) {
  const query = db
    .select({ id: locationClosures.id, locationId: locationClosures.locationId, date: locationClosures.date, start: locationClosures.startTime, end: locationClosures.endTime, reason: locationClosures.reason })
    .from(locationClosures)
    .where(eq(locationClosures.id, id))
    .limit(1);
  const [row] = options.forUpdate ? await query.for("update") : await query;
  return row ? { ...row, start: wallTime(row.start), end: wallTime(row.end) } : null;
}

/** Changes a closure's day, hours and reason; false when it no longer exists (removed meanwhile). */
export async function updateLocationClosure(tx: Executor, id: string, closure: { date: string; start: string | null; end: string | null; reason: string }): Promise<boolean> {
  const rows = await tx
    .update(locationClosures)
    .set({ date: closure.date, startTime: closure.start, endTime: closure.end, reason: closure.reason, updatedAt: new Date() })
    .where(eq(locationClosures.id, id))
    .returning({ id: locationClosures.id });
  return rows.length > 0;
}

/** Removes a closure; false when it was already gone. */
export async function deleteLocationClosure(tx: Executor, id: string): Promise<boolean> {
  const rows = await tx.delete(locationClosures).where(eq(locationClosures.id, id)).returning({ id: locationClosures.id });
  return rows.length > 0;
}

/** Marks a visit as kept outside working time (once; keeping it again changes nothing). */
export async function keepVisit(tx: Executor, appointmentId: string, keptByUserId: string): Promise<void> {
  await tx.insert(keptVisits).values({ appointmentId, keptByUserId }).onConflictDoNothing();
}

/** Provider names by id. */
export async function loadProviderNames(db: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: providers.id, name: providers.name }).from(providers).where(inArray(providers.id, [...new Set(ids)]));
  return new Map(rows.map((row) => [row.id, row.name]));
}
