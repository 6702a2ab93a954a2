import type { Executor } from "../client";
import { appointments, locationClosures, providerScheduleExceptions, providerWeeklyHours } from "../schema";
import { ACTIVE_APPOINTMENT_STATUSES } from "@clinic/domain/appointments/appointment-status";
import { blockedTime, type HeldTime, type Interval, type ProviderAvailability } from "@clinic/domain/scheduling/bookable-slots";
import { LONGEST_HOLD_MINUTES } from "@clinic/domain/scheduling/booking-policy";
import type { ReadScope } from "@clinic/domain/scheduling/read-scope";
import type { LocationClosure, ScheduleException, ScheduleExceptionKind, WeeklyHours } from "@clinic/domain/scheduling/weekly-schedule";
import { sql, type AnyColumn, type SQL } from "drizzle-orm";

const LONGEST_HOLD_MS = LONGEST_HOLD_MINUTES * 60_000;

type HoursRow = { providerId: string; weekday: number; start: string; end: string; effectiveFrom: string | null; effectiveTo: string | null };
type ExceptionRow = { providerId: string; date: string; kind: ScheduleExceptionKind; start: string | null; end: string | null };
type BusyRow = { providerId: string; spans: string };
type ClosureRow = { date: string; start: string | null; end: string | null };

/** PostgreSQL `time` reads as "09:00:00"; schedules speak "09:00". */
const wallTime = (value: string) => value.slice(0, 5);

function listFor<T>(groups: Map<string, T[]>, providerId: string): T[] {
  let list = groups.get(providerId);
  if (!list) {
    list = [];
    groups.set(providerId, list);
  }
  return list;
}

type AvailabilityColumns = { hours: HoursRow[] | null; exceptions: ExceptionRow[] | null; closures: ClosureRow[] | null; busy: BusyRow[] | null };

export type AvailabilityScope = ReadScope & { ignore?: { appointmentId: string; patientId: string } };

const activeStatus = () =>
  sql`${appointments.status} in (${sql.join(
    ACTIVE_APPOINTMENT_STATUSES.map((status) => sql`${status}::appointment_status`),
    sql`, `,
  )})`;

/** A timestamptz column as epoch milliseconds. */
const epochMs = (column: AnyColumn) => sql`(date_part('epoch', ${column}) * 1000)::bigint`;

/**
 * The four columns (hours, exceptions, closures, busy) that loadProviderAvailability reads, for the
 * providers `providerIds` (a list of uuids, or a subquery) selects: for statements that read
 * them together with something else in one round trip.
 */
export function availabilityColumns(providerIds: SQL, locationId: string, scope: AvailabilityScope): SQL {
  return sql`${scheduleColumns(providerIds, locationId, scope)}, ${heldTimeColumn(providerIds, scope)}`;
}

/**
 * Hours, exceptions and closures (busy left null): what draws a calendar, which shows the visits
 * themselves and needs no held time, the costliest of the four to read.
 */
export function scheduleColumns(providerIds: SQL, locationId: string, scope: ReadScope): SQL {
  const h = providerWeeklyHours;
  const e = providerScheduleExceptions;
  const c = locationClosures;
  return sql`
      (select json_agg(json_build_object('providerId', ${h.providerId}, 'weekday', ${h.weekday}, 'start', ${h.startTime}, 'end', ${h.endTime},
          'effectiveFrom', ${h.effectiveFrom}, 'effectiveTo', ${h.effectiveTo}))
        from ${h}
        where ${h.providerId} in (${providerIds}) and ${h.locationId} = ${locationId}::uuid) as hours,
      (select json_agg(json_build_object('providerId', ${e.providerId}, 'date', ${e.date}, 'kind', ${e.kind}, 'start', ${e.startTime}, 'end', ${e.endTime}))
        from ${e}
        where ${e.providerId} in (${providerIds}) and ${e.date} between ${scope.dates.from}::date and ${scope.dates.to}::date
          and (${e.locationId} = ${locationId}::uuid or ${e.locationId} is null)
          -- Requested time off blocks nothing until an administrator approves it.
          and ${e.status} = 'approved') as exceptions,
      (select json_agg(json_build_object('date', ${c.date}, 'start', ${c.startTime}, 'end', ${c.endTime}))
        from ${c}
        where ${c.locationId} = ${locationId}::uuid and ${c.date} between ${scope.dates.from}::date and ${scope.dates.to}::date) as closures`;
}

function heldTimeColumn(providerIds: SQL, scope: AvailabilityScope): SQL {
  const { ignore } = scope;
  const a = appointments;
  return sql`
      (select json_agg(json_build_object('providerId', held.provider_id, 'spans', held.spans))
        from (
          select ${a.providerId} as provider_id, string_agg(
              ${epochMs(a.startsAt)} || ' ' || ${epochMs(a.endsAt)} || ' ' || ${a.bufferBeforeMinutes} || ' ' || ${a.bufferAfterMinutes}, ' ') as spans
          from ${a}
          where ${a.providerId} in (${providerIds})
            and ${activeStatus()}
            -- Bounds on starts_at alone keep this a range scan of appointments_provider_starts_idx.
            and ${a.startsAt} >= ${new Date(scope.window.start.getTime() - LONGEST_HOLD_MS).toISOString()}::timestamptz
            and ${a.startsAt} < ${new Date(scope.window.end.getTime() + LONGEST_HOLD_MS).toISOString()}::timestamptz
            ${ignore ? sql`and not (${a.id} = ${ignore.appointmentId}::uuid and ${a.patientId} = ${ignore.patientId}::uuid)` : sql``}
          group by ${a.providerId}
        ) as held) as busy`;
}

/** "start end start end …" in epoch milliseconds as held time. */
function spansToHeldTime(spans: string | null | undefined, into: HeldTime[] = []): HeldTime[] {
  if (!spans) return into;
  const edges = spans.split(" ");
  for (let index = 0; index + 1 < edges.length; index += 2) into.push({ startMs: Number(edges[index]), endMs: Number(edges[index + 1]) });
  return into;
}

/** The rows of availabilityColumns as each provider's side of the rules, in `providerIds` order. */
export function toProviderAvailability(providerIds: readonly string[], row: AvailabilityColumns | undefined): ProviderAvailability[] {
  const hours = new Map<string, WeeklyHours[]>();
  for (const { providerId, weekday, start, end, effectiveFrom, effectiveTo } of row?.hours ?? []) {
    listFor(hours, providerId).push({ weekday, start: wallTime(start), end: wallTime(end), effectiveFrom, effectiveTo });
  }
  const exceptions = new Map<string, ScheduleException[]>();
  for (const { providerId, date, kind, start, end } of row?.exceptions ?? []) {
    listFor(exceptions, providerId).push({ date, kind, start: start === null ? null : wallTime(start), end: end === null ? null : wallTime(end) });
  }
  const closures: LocationClosure[] = (row?.closures ?? []).map(({ date, start, end }) => ({
    date,
    start: start === null ? null : wallTime(start),
    end: end === null ? null : wallTime(end),
  }));
  const busy = new Map<string, HeldTime[]>();
  for (const { providerId, spans } of row?.busy ?? []) {
    // Four numbers per appointment: start and end (epoch ms), buffers before and after (minutes).
    const fields = spans.split(" ");
    const held = listFor(busy, providerId);
    for (let index = 0; index + 3 < fields.length; index += 4) {
      held.push(blockedTime(Number(fields[index]), Number(fields[index + 1]), Number(fields[index + 2]), Number(fields[index + 3])));
    }
  }
  return providerIds.map((providerId) => ({
    providerId,
    weeklyHours: hours.get(providerId) ?? [],
    exceptions: exceptions.get(providerId) ?? [],
    closures,
    busy: busy.get(providerId) ?? [],
  }));
}

/**
 * The patient's own active visits overlapping `window` (not `exceptId`), as one column of
 * "start end …" epoch milliseconds: what decideStart compares a new visit with.
 */
export function patientVisitsColumn(patientId: string, window: Interval, exceptId?: string): SQL {
  const a = appointments;
  return sql`(select string_agg(${epochMs(a.startsAt)} || ' ' || ${epochMs(a.endsAt)}, ' ')
        from ${a}
        where ${a.patientId} = ${patientId}::uuid and ${activeStatus()}
          and ${a.startsAt} < ${window.end.toISOString()}::timestamptz and ${a.endsAt} > ${window.start.toISOString()}::timestamptz
          ${exceptId ? sql`and ${a.id} <> ${exceptId}::uuid` : sql``}) as patient_visits`;
}

/** The rows of patientVisitsColumn as held time. */
export function toPatientVisits(column: string | null | undefined): HeldTime[] {
  return spansToHeldTime(column);
}

/** The patient's own active visits overlapping `window`, other than `exceptId`. */
export async function loadPatientVisits(db: Executor, patientId: string, window: Interval, exceptId?: string): Promise<HeldTime[]> {
  const result = await db.execute<{ patient_visits: string | null }>(sql`select ${patientVisitsColumn(patientId, window, exceptId)}`);
  return toPatientVisits(result.rows[0]?.patient_visits);
}

/**
 * Each provider's side of a slot search at one location, in `providerIds` order: their weekly
 * hours there; the exceptions on local `dates` that apply there (naming it, or time off naming no
 * location, approved only); the location's closures on those dates; and the time their active appointments at ANY location hold, each widened by its own
 * buffers: every one that could reach into `window`. `ignore` leaves out one appointment of one
 * patient (the one being rescheduled); it matches only when both id and patient do.
 * Held time comes back as one string of numbers per provider: see docs/decisions/0002-prepared-statements-and-epoch-ms.md.
 */
export async function loadProviderAvailability(
  db: Executor,
  providerIds: readonly string[],
  locationId: string,
  scope: AvailabilityScope,
): Promise<ProviderAvailability[]> {
  if (providerIds.length === 0) return [];
  const ids = sql.join(
    providerIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const result = await db.execute<AvailabilityColumns>(sql`select ${availabilityColumns(ids, locationId, scope)}`);
  return toProviderAvailability(providerIds, result.rows[0]);
}
