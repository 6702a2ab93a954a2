import { addCalendarDays } from "../time/zoned-time";
import type { Interval } from "./bookable-slots";

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** What a read of schedules covers: exceptions on these local dates, held time around this window. */
export type ReadScope = { dates: { from: string; to: string }; window: Interval };

/**
 * What to read to judge local dates `from`..`to` (YYYY-MM-DD) before the location's zone is known:
 * a date either side (buffers and long visits reach across local midnight), and the instants those
 * dates can have in any zone (offsets run from −12 h to +14 h).
 */
export function readScope(from: string, to: string): ReadScope {
  return {
    dates: { from: addCalendarDays(from, -1), to: addCalendarDays(to, 1) },
    window: { start: new Date(Date.parse(from) - 14 * HOUR_MS), end: new Date(Date.parse(to) + DAY_MS + 12 * HOUR_MS) },
  };
}

/**
 * readScope for one start: in any zone its local date is its UTC date or a day either side, and
 * that local day (for ranking providers by their day) lies within a day of the start.
 */
export function readScopeAround(start: Date): ReadScope {
  const utcDate = start.toISOString().slice(0, 10);
  const { dates } = readScope(addCalendarDays(utcDate, -1), addCalendarDays(utcDate, 1));
  return { dates, window: { start: new Date(start.getTime() - DAY_MS), end: new Date(start.getTime() + DAY_MS) } };
}

/** readScope for a slot search at `now`: dates before yesterday (UTC) are past everywhere, so nothing is read for them. */
export function searchReadScope(from: string, to: string, now: Date): ReadScope {
  const yesterday = addCalendarDays(now.toISOString().slice(0, 10), -1);
  return readScope(from > yesterday ? from : yesterday, to);
}
