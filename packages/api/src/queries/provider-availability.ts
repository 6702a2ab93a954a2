import type { Executor } from "@clinic/db/client";
import { ACTIVE_APPOINTMENT_STATUSES } from "@clinic/domain/appointments/appointment-status";
import type { HeldTime, Interval, ProviderAvailability } from "@clinic/domain/scheduling/bookable-slots";
import type { ScheduleException, ScheduleExceptionKind, WeeklyHours } from "@clinic/domain/scheduling/weekly-schedule";
import { sql, type SQL } from "drizzle-orm";

/** The longest an appointment plus its buffers can hold a provider (480 min visit + 2 × 240 min buffers). */
const LONGEST_HOLD_MS = (480 + 240 + 240) * 60_000;

type HoursRow = [providerId: string, weekday: number, start: string, end: string, effectiveFrom: string | null, effectiveTo: string | null];
type ExceptionRow = [providerId: string, date: string, kind: ScheduleExceptionKind, start: string | null, end: string | null];
type BusyRow = [providerId: string, spans: string];

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

type AvailabilityColumns = { hours: HoursRow[] | null; exceptions: ExceptionRow[] | null; busy: BusyRow[] | null };

export type AvailabilityScope = { dates: { from: string; to: string }; window: Interval; ignore?: { appointmentId: string; patientId: string } };

/**
 * The three columns (hours, exceptions, busy) that loadProviderAvailability reads, for the
 * providers `providerIds` (a list of uuids, or a subquery) selects: for statements that read
 * them together with something else in one round trip.
 */
export function availabilityColumns(providerIds: SQL, locationId: string, scope: AvailabilityScope): SQL {
  const { ignore } = scope;
  return sql`
      (select json_agg(json_build_array(h.provider_id, h.weekday, h.start_time, h.end_time, h.effective_from, h.effective_to))
        from provider_weekly_hours h
        where h.provider_id in (${providerIds}) and h.location_id = ${locationId}::uuid) as hours,
      (select json_agg(json_build_array(e.provider_id, e.date, e.kind, e.start_time, e.end_time))
        from provider_schedule_exceptions e
        where e.provider_id in (${providerIds}) and e.date between ${scope.dates.from}::date and ${scope.dates.to}::date
          and (e.location_id = ${locationId}::uuid or e.location_id is null)) as exceptions,
      (select json_agg(json_build_array(held.provider_id, held.spans))
        from (
          select a.provider_id, string_agg(
              (date_part('epoch', a.starts_at) * 1000 - a.buffer_before_minutes * 60000)::bigint || ' ' ||
              (date_part('epoch', a.ends_at) * 1000 + a.buffer_after_minutes * 60000)::bigint, ' ') as spans
          from appointments a
          where a.provider_id in (${providerIds})
            and a.status in (${sql.join(
              ACTIVE_APPOINTMENT_STATUSES.map((status) => sql`${status}::appointment_status`),
              sql`, `,
            )})
            -- Bounds on starts_at alone keep this a range scan of appointments_provider_starts_idx.
            and a.starts_at >= ${new Date(scope.window.start.getTime() - LONGEST_HOLD_MS).toISOString()}::timestamptz
            and a.starts_at < ${new Date(scope.window.end.getTime() + LONGEST_HOLD_MS).toISOString()}::timestamptz
            ${ignore ? sql`and not (a.id = ${ignore.appointmentId}::uuid and a.patient_id = ${ignore.patientId}::uuid)` : sql``}
          group by a.provider_id
        ) as held) as busy`;
}

/** The rows of availabilityColumns as each provider's side of the rules, in `providerIds` order. */
export function toProviderAvailability(providerIds: readonly string[], row: AvailabilityColumns | undefined): ProviderAvailability[] {
  const hours = new Map<string, WeeklyHours[]>();
  for (const [providerId, weekday, start, end, effectiveFrom, effectiveTo] of row?.hours ?? []) {
    listFor(hours, providerId).push({ weekday, start: wallTime(start), end: wallTime(end), effectiveFrom, effectiveTo });
  }
  const exceptions = new Map<string, ScheduleException[]>();
  for (const [providerId, date, kind, start, end] of row?.exceptions ?? []) {
    listFor(exceptions, providerId).push({ date, kind, start: start === null ? null : wallTime(start), end: end === null ? null : wallTime(end) });
  }
  const busy = new Map<string, HeldTime[]>();
  for (const [providerId, spans] of row?.busy ?? []) {
    const edges = spans.split(" ");
    const held = listFor(busy, providerId);
    for (let index = 0; index + 1 < edges.length; index += 2) {
      held.push({ startMs: Number(edges[index]), endMs: Number(edges[index + 1]) });
    }
  }
  return providerIds.map((providerId) => ({
    providerId,
    weeklyHours: hours.get(providerId) ?? [],
    exceptions: exceptions.get(providerId) ?? [],
    busy: busy.get(providerId) ?? [],
  }));
}

/**
 * Each provider's side of a slot search at one location, in `providerIds` order: their weekly
 * hours there; the exceptions on local `dates` that apply there (naming it, or time off naming no
 * location); and the time their active appointments at ANY location hold, each widened by its own
 * buffers: every one holding time within 4 hours (the longest buffer) of `window`, so a visit in
 * the window sees all it could touch (some farther away may come too). `ignore` leaves out one
 * appointment of one patient (the one being rescheduled); it matches only when both id and
 * patient do.
 *
 * One statement, one round trip (also inside a transaction, whose connection runs one query at a
 * time). A busy clinic has thousands of appointments in a long search, so each provider's come
 * back as one string of epoch milliseconds ("start end start end …"): parsing thousands of
 * timestamps would cost more than the search itself. The widening repeats the exclusion
 * constraint's appointment_blocked_range() as arithmetic: that function cannot be inlined
 * (timestamptz ± interval is only STABLE), and calling it per row is several times slower.
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
