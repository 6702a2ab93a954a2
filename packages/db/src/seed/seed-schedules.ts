import { and, eq, gt, gte, inArray, isNull, lt, or } from "drizzle-orm";
import { ACTIVE_APPOINTMENT_STATUSES } from "@clinic/domain/appointments/appointment-status";
import { usFederalHolidays } from "@clinic/domain/clinic/us-federal-holidays";
import { type Interval } from "@clinic/domain/scheduling/bookable-slots";
import { workingIntervals } from "@clinic/domain/scheduling/working-hours";
import { type WallTime } from "@clinic/domain/scheduling/weekly-schedule";
import { addCalendarDays, dayBoundsInZone, isoWeekday, todayInZone, wallClockToInstant } from "@clinic/domain/time/zoned-time";
import { type Executor } from "../client";
import { appointments, locationClosures, providerScheduleExceptions, providerWeeklyHours } from "../schema";
import { DEMO_LOCATIONS, DEMO_PROVIDERS, DEMO_SCHEDULE_EXCEPTIONS, DEMO_WEEKLY_HOURS, type DemoScheduleException } from "./content";
import { type Catalogue, requireId } from "./seed-catalogue";

/** The demo clinic also closes on Thanksgiving 2026 (the example of a holiday closure). */
const DEMO_CLOSURES = [{ date: "2026-11-26", reason: "Thanksgiving Day" }];

/**
 * Closes every location on next year's US federal holidays (observed dates) and on DEMO_CLOSURES,
 * each once: a location already closed that date keeps its row.
 */
export async function seedLocationClosures(tx: Executor, catalogue: Catalogue, now: Date): Promise<void> {
  const nextYear = Number(todayInZone("UTC", now).slice(0, 4)) + 1;
  const days = [...DEMO_CLOSURES, ...usFederalHolidays(nextYear).map(({ date, name }) => ({ date, reason: name }))];
  for (const locationId of catalogue.locationIds.values()) {
    const closed = await tx.select({ date: locationClosures.date }).from(locationClosures).where(eq(locationClosures.locationId, locationId));
    const known = new Set(closed.map((row) => row.date));
    const rows = days.filter((day) => !known.has(day.date)).map((day) => ({ locationId, date: day.date, reason: day.reason }));
    if (rows.length > 0) await tx.insert(locationClosures).values(rows);
  }
}

/** How far ahead an exception may move to find a suitable day. */
const SEARCH_DAYS = 14;

/**
 * Each provider's regular hours, written once: a provider who already has weekly hours keeps them,
 * so re-seeding adds nothing and never undoes what staff changed.
 */
export async function seedWeeklyHours(tx: Executor, catalogue: Catalogue): Promise<void> {
  for (const provider of DEMO_PROVIDERS) {
    const providerId = requireId(catalogue.providerIds, provider.slug, "provider");
    const [existing] = await tx.select({ id: providerWeeklyHours.id }).from(providerWeeklyHours).where(eq(providerWeeklyHours.providerId, providerId)).limit(1);
    if (existing) continue;
    const rows = DEMO_WEEKLY_HOURS.filter((hours) => hours.providerSlug === provider.slug).flatMap((hours) =>
      hours.weekdays.flatMap((weekday) =>
        hours.intervals.map((interval) => ({
          providerId,
          locationId: requireId(catalogue.locationIds, hours.locationSlug, `location of ${provider.slug}'s hours`),
          weekday,
          startTime: interval.start,
          endTime: interval.end,
        })),
      ),
    );
    if (rows.length > 0) await tx.insert(providerWeeklyHours).values(rows);
  }
}

/**
 * Time off and extra hours in the coming weeks. Each is added when the provider has no exception
 * with its note from today on, so a re-run adds nothing and, once one has passed, the next run
 * adds a new one ahead. Time off goes on a day the provider works and has no visits in that time.
 */
export async function seedScheduleExceptions(tx: Executor, catalogue: Catalogue, now: Date): Promise<void> {
  for (const exception of DEMO_SCHEDULE_EXCEPTIONS) {
    const providerId = requireId(catalogue.providerIds, exception.providerSlug, "provider");
    const locationId = exception.locationSlug ? requireId(catalogue.locationIds, exception.locationSlug, "location") : null;
    const timeZone = zoneOf(exception.locationSlug ?? providerLocationSlugs(exception.providerSlug)[0]!);
    const today = todayInZone(timeZone, now);

    const [upcoming] = await tx
      .select({ id: providerScheduleExceptions.id })
      .from(providerScheduleExceptions)
      .where(
        and(
          eq(providerScheduleExceptions.providerId, providerId),
          eq(providerScheduleExceptions.note, exception.note),
          gte(providerScheduleExceptions.date, today),
        ),
      )
      .limit(1);
    if (upcoming) continue;

    for (let offset = 0; offset < SEARCH_DAYS; offset++) {
      const date = addCalendarDays(today, exception.daysAhead + offset);
      if (!(await suits(tx, catalogue, exception, providerId, date, timeZone))) continue;
      await tx.insert(providerScheduleExceptions).values({
        providerId,
        locationId,
        date,
        kind: exception.kind,
        startTime: exception.hours?.start ?? null,
        endTime: exception.hours?.end ?? null,
        note: exception.note,
      });
      break;
    }
  }
}

async function suits(
  tx: Executor,
  catalogue: Catalogue,
  exception: DemoScheduleException,
  providerId: string,
  date: string,
  timeZone: string,
): Promise<boolean> {
  const everywhere = providerLocationSlugs(exception.providerSlug);

  if (exception.kind === "extra_hours") {
    // On a day off everywhere, with the clinic open for all of the extra hours.
    const location = DEMO_LOCATIONS.find((candidate) => candidate.slug === exception.locationSlug);
    const open = location?.openingHours.find((entry) => entry.weekday === isoWeekday(date));
    if (!open || !exception.hours || open.opens > exception.hours.start || exception.hours.end > open.closes) return false;
    return (await hoursAt(tx, catalogue, providerId, everywhere, date)).length === 0;
  }

  // Time off: the provider works then, and no active visit would be left without its provider.
  const away = exception.hours
    ? { start: wallClockToInstant(date, exception.hours.start, timeZone), end: wallClockToInstant(date, exception.hours.end, timeZone) }
    : dayBoundsInZone(date, timeZone);
  const working = await hoursAt(tx, catalogue, providerId, exception.locationSlug ? [exception.locationSlug] : everywhere, date);
  if (!working.some((interval) => interval.start < away.end && away.start < interval.end)) return false;
  const [clash] = await tx
    .select({ id: appointments.id })
    .from(appointments)
    .where(
      and(
        eq(appointments.providerId, providerId),
        inArray(appointments.status, [...ACTIVE_APPOINTMENT_STATUSES]),
        lt(appointments.startsAt, away.end),
        gt(appointments.endsAt, away.start),
      ),
    )
    .limit(1);
  return clash === undefined;
}

async function hoursAt(tx: Executor, catalogue: Catalogue, providerId: string, locationSlugs: string[], date: string): Promise<Interval[]> {
  const intervals: Interval[] = [];
  for (const slug of locationSlugs) {
    intervals.push(...(await providerWorkingHours(tx, providerId, requireId(catalogue.locationIds, slug, "location"), date, zoneOf(slug))));
  }
  return intervals;
}

/**
 * When the provider works at the location on a local date, from the stored weekly hours,
 * exceptions (approved time off there or everywhere) and the location's closures, by the same rule availability uses.
 */
export async function providerWorkingHours(tx: Executor, providerId: string, locationId: string, date: string, timeZone: string): Promise<Interval[]> {
  const weekly = await tx
    .select({ start: providerWeeklyHours.startTime, end: providerWeeklyHours.endTime, weekday: providerWeeklyHours.weekday, effectiveFrom: providerWeeklyHours.effectiveFrom, effectiveTo: providerWeeklyHours.effectiveTo })
    .from(providerWeeklyHours)
    .where(and(eq(providerWeeklyHours.providerId, providerId), eq(providerWeeklyHours.locationId, locationId), eq(providerWeeklyHours.weekday, isoWeekday(date))));
  const exceptions = await tx
    .select({ date: providerScheduleExceptions.date, kind: providerScheduleExceptions.kind, start: providerScheduleExceptions.startTime, end: providerScheduleExceptions.endTime })
    .from(providerScheduleExceptions)
    .where(
      and(
        eq(providerScheduleExceptions.providerId, providerId),
        eq(providerScheduleExceptions.date, date),
        or(isNull(providerScheduleExceptions.locationId), eq(providerScheduleExceptions.locationId, locationId)),
        eq(providerScheduleExceptions.status, "approved"),
      ),
    );
  const closures = await tx
    .select({ date: locationClosures.date, start: locationClosures.startTime, end: locationClosures.endTime })
    .from(locationClosures)
    .where(and(eq(locationClosures.locationId, locationId), eq(locationClosures.date, date)));
  return workingIntervals(
    weekly.map((row) => ({ ...row, start: wallTime(row.start), end: wallTime(row.end) })),
    exceptions.map((row) => ({ ...row, start: row.start === null ? null : wallTime(row.start), end: row.end === null ? null : wallTime(row.end) })),
    date,
    timeZone,
    closures.map((row) => ({ ...row, start: row.start === null ? null : wallTime(row.start), end: row.end === null ? null : wallTime(row.end) })),
  );
}

/** PostgreSQL returns time columns as "HH:MM:SS". */
function wallTime(time: string): WallTime {
  return time.slice(0, 5);
}

function providerLocationSlugs(providerSlug: string): string[] {
  const provider = DEMO_PROVIDERS.find((candidate) => candidate.slug === providerSlug);
  if (!provider) throw new Error(`Demo content has no provider "${providerSlug}".`);
  return provider.locationSlugs;
}

function zoneOf(locationSlug: string): string {
  const location = DEMO_LOCATIONS.find((candidate) => candidate.slug === locationSlug);
  if (!location) throw new Error(`Demo content has no location "${locationSlug}".`);
  return location.timeZone;
}
