import type { AppointmentStatus } from "../appointments/appointment-status";
import { isoWeekday } from "../time/zoned-time";
import type { HeldTime } from "./bookable-slots";
import { localDays } from "./local-day-clock";
import type { ScheduleException, WeeklyHours } from "./weekly-schedule";
import { type EpochInterval, mergeIntervals, prepareHours, workingIntervalsOn } from "./working-hours";

const MINUTE_MS = 60_000;

/** A provider's hours at one location, in that location's zone (what the slot engine reads). */
export type Workplace = { timeZone: string; weeklyHours: readonly WeeklyHours[]; exceptions: readonly ScheduleException[] };

export type Utilisation = {
  workingMinutes: number;
  bookedMinutes: number;
  /** bookedMinutes / workingMinutes, 0..1; null when the provider has no working time in the range. */
  ratio: number | null;
};

/**
 * How full a provider's working time is over local dates `from`..`to`: working time is the same
 * rule as the slot engine's (`workingIntervalsOn`: weekly hours, extra hours, time off) at each
 * workplace; booked time is what their active visits hold (buffers included, as they block slots),
 * counted only where it falls inside working time, so the ratio never exceeds 1.
 */
export function providerUtilisation(workplaces: readonly Workplace[], held: readonly HeldTime[], dates: { from: string; to: string }): Utilisation {
  const working: EpochInterval[] = [];
  for (const workplace of workplaces) {
    const hours = prepareHours(workplace.weeklyHours, workplace.exceptions);
    for (const day of localDays(workplace.timeZone, dates.from, dates.to)) {
      working.push(...workingIntervalsOn(day, isoWeekday(day.date), hours));
    }
  }
  const workingTime = mergeIntervals(working);
  const heldTime = mergeIntervals(held.map((span) => ({ start: span.startMs, end: span.endMs })));

  let workingMs = 0;
  for (const interval of workingTime) workingMs += interval.end - interval.start;
  let bookedMs = 0;
  let h = 0;
  for (const interval of workingTime) {
    while (h < heldTime.length && (heldTime[h] as EpochInterval).end <= interval.start) h += 1;
    for (let k = h; k < heldTime.length && (heldTime[k] as EpochInterval).start < interval.end; k += 1) {
      const span = heldTime[k] as EpochInterval;
      bookedMs += Math.min(span.end, interval.end) - Math.max(span.start, interval.start);
    }
  }
  const workingMinutes = Math.round(workingMs / MINUTE_MS);
  const bookedMinutes = Math.round(bookedMs / MINUTE_MS);
  return { workingMinutes, bookedMinutes, ratio: workingMinutes > 0 ? bookedMinutes / workingMinutes : null };
}

export type NoShowRate = { noShows: number; visits: number; rate: number | null };

/**
 * The share of past visits the patient missed: no-shows over every visit that was due (booked,
 * checked in, completed or no-show); cancelled visits were never due. Null when none were due.
 */
export function noShowRate(countsByStatus: Partial<Record<AppointmentStatus, number>>): NoShowRate {
  const noShows = countsByStatus.no_show ?? 0;
  const visits = noShows + (countsByStatus.booked ?? 0) + (countsByStatus.checked_in ?? 0) + (countsByStatus.completed ?? 0);
  return { noShows, visits, rate: visits > 0 ? noShows / visits : null };
}
