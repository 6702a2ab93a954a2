import { isoWeekday } from "../time/zoned-time";
import type { Interval } from "./bookable-slots";
import { type LocalDay, localDays, wallMinuteToInstant } from "./local-day-clock";
import type { LocationClosure, ScheduleException, WeeklyHours } from "./weekly-schedule";

const WALL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** A half-open range of instants in epoch milliseconds. */
export type EpochInterval = { start: number; end: number };

type MinuteRange = { start: number; end: number };

/** One provider's hours parsed once per search, so each date only looks them up. */
export type PreparedHours = {
  /** Index 1..7 = ISO weekday. */
  weekly: { start: number; end: number; effectiveFrom: string | null; effectiveTo: string | null }[][];
  extraByDate: Map<string, MinuteRange[]>;
  /** Time off and location closures; `null` in the list = the whole day off. */
  timeOffByDate: Map<string, (MinuteRange | null)[]>;
};

export function minutesOfWallTime(time: string): number {
  const match = WALL_TIME.exec(time);
  if (!match) throw new RangeError(`Expected a time like 09:30, got "${time}".`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** Closures count as time off: they beat weekly hours and extra hours alike. */
export function prepareHours(
  weeklyHours: readonly WeeklyHours[],
  exceptions: readonly ScheduleException[],
  closures: readonly LocationClosure[] = [],
): PreparedHours {
  const weekly: PreparedHours["weekly"] = [[], [], [], [], [], [], [], []];
  for (const hours of weeklyHours) {
    weekly[hours.weekday]?.push({
      start: minutesOfWallTime(hours.start),
      end: minutesOfWallTime(hours.end),
      effectiveFrom: hours.effectiveFrom ?? null,
      effectiveTo: hours.effectiveTo ?? null,
    });
  }
  const extraByDate = new Map<string, MinuteRange[]>();
  const timeOffByDate = new Map<string, (MinuteRange | null)[]>();
  for (const exception of exceptions) {
    const range =
      exception.start === null || exception.end === null
        ? null
        : { start: minutesOfWallTime(exception.start), end: minutesOfWallTime(exception.end) };
    if (exception.kind === "extra_hours") {
      if (range) pushTo(extraByDate, exception.date, range);
    } else {
      pushTo(timeOffByDate, exception.date, range);
    }
  }
  for (const closure of closures) {
    const range = closure.start === null || closure.end === null ? null : { start: minutesOfWallTime(closure.start), end: minutesOfWallTime(closure.end) };
    pushTo(timeOffByDate, closure.date, range);
  }
  return { weekly, extraByDate, timeOffByDate };
}

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The provider's working time on one local day as sorted, disjoint instants: weekly hours in effect
 * that date (effectiveFrom/To inclusive) plus extra hours, minus time off and location closures
 * (whole day when they have no times). Touching or overlapping intervals merge, so a visit may run from a shift into extra hours.
 */
export function workingIntervalsOn(day: LocalDay, weekday: number, hours: PreparedHours): EpochInterval[] {
  const offs = hours.timeOffByDate.get(day.date);
  if (offs?.includes(null)) return [];

  const working: EpochInterval[] = [];
  for (const range of hours.weekly[weekday] ?? []) {
    if (range.effectiveFrom !== null && day.date < range.effectiveFrom) continue;
    if (range.effectiveTo !== null && day.date > range.effectiveTo) continue;
    pushInstants(working, day, range);
  }
  for (const range of hours.extraByDate.get(day.date) ?? []) pushInstants(working, day, range);
  const merged = mergeIntervals(working);
  if (!offs || merged.length === 0) return merged;

  const away: EpochInterval[] = [];
  for (const range of offs) if (range) pushInstants(away, day, range);
  return subtractIntervals(merged, mergeIntervals(away));
}

function pushInstants(into: EpochInterval[], day: LocalDay, range: MinuteRange): void {
  const start = wallMinuteToInstant(day, range.start, "shift") as number;
  const end = wallMinuteToInstant(day, range.end, "shift") as number;
  // An end at or before the start (also after a spring-forward gap swallowed it) holds no time.
  if (end > start) into.push({ start, end });
}

/** Sorts and unites half-open intervals; touching ones become one. Mutates and returns a new array. */
export function mergeIntervals(intervals: EpochInterval[]): EpochInterval[] {
  if (intervals.length < 2) return intervals;
  intervals.sort((a, b) => a.start - b.start);
  const merged: EpochInterval[] = [];
  let current = { ...(intervals[0] as EpochInterval) };
  for (let i = 1; i < intervals.length; i += 1) {
    const next = intervals[i] as EpochInterval;
    if (next.start <= current.end) {
      if (next.end > current.end) current.end = next.end;
    } else {
      merged.push(current);
      current = { ...next };
    }
  }
  merged.push(current);
  return merged;
}

/** `from` minus `remove`, both sorted and disjoint. */
function subtractIntervals(from: EpochInterval[], remove: EpochInterval[]): EpochInterval[] {
  const result: EpochInterval[] = [];
  for (const interval of from) {
    let start = interval.start;
    for (const cut of remove) {
      if (cut.end <= start || cut.start >= interval.end) continue;
      if (cut.start > start) result.push({ start, end: cut.start });
      start = Math.max(start, cut.end);
      if (start >= interval.end) break;
    }
    if (start < interval.end) result.push({ start, end: interval.end });
  }
  return result;
}

/**
 * A provider's working intervals on a local date in `timeZone`, as instants (see `workingIntervalsOn`
 * for the rule). Staff screens and tests use this; `bookableSlots` shares the same code.
 */
export function workingIntervals(
  weeklyHours: readonly WeeklyHours[],
  exceptions: readonly ScheduleException[],
  date: string,
  timeZone: string,
  closures: readonly LocationClosure[] = [],
): Interval[] {
  const [day] = localDays(timeZone, date, date);
  if (!day) return [];
  return workingIntervalsOn(day, isoWeekday(date), prepareHours(weeklyHours, exceptions, closures)).map((interval) => ({
    start: new Date(interval.start),
    end: new Date(interval.end),
  }));
}
