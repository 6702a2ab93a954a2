import { addCalendarDays, zoneOffsetMs } from "../time/zoned-time";
import { firstInstantWithOffset } from "./zone-transitions";

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/**
 * One local date in a zone with the zone's offsets around it, so wall-clock minutes of that date
 * convert to instants (and back) by arithmetic. Intl calls cost microseconds each; a search over
 * 8 providers × 60 days converts thousands of wall times, so the zone is asked a few times per date
 * and never per slot.
 */
export type LocalDay = {
  date: string;
  /** The date's local midnight read as if it were UTC (Date.UTC of the wall clock). */
  wallMidnightAsUtc: number;
  /** Offset before `transitionAt`, and from it on; equal (with transitionAt = +∞) on most days. */
  offsetBefore: number;
  offsetAfter: number;
  transitionAt: number;
};

/** Epoch day number (days since 1970-01-01) of a YYYY-MM-DD date; throws RangeError on a non-date. */
export function epochDayOf(date: string): number {
  // addCalendarDays validates the date and normalises it.
  const checked = addCalendarDays(date, 0);
  return Date.parse(`${checked}T00:00:00Z`) / DAY_MS;
}

export function dateOfEpochDay(epochDay: number): string {
  return new Date(epochDay * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The local days `firstDate`..`lastDate` (inclusive) of `timeZone`. The zone's offset is known at each
 * date's wall midnight; a date whose instants (wall time minus any offset in −12 h…+14 h) can meet
 * an offset change gets the exact change instant by bisection.
 * Assumes at most one offset change within a week, true of every IANA zone in use today.
 */
export function localDays(timeZone: string, firstDate: string, lastDate: string): LocalDay[] {
  const first = epochDayOf(firstDate);
  const last = epochDayOf(lastDate);
  if (last < first) return [];
  const samples = offsetsAtWallMidnights(timeZone, first - 1, last + 2);

  const days: LocalDay[] = [];
  let lastTransition = -Infinity;
  for (let day = first; day <= last; day += 1) {
    const i = day - first + 1;
    const wallMidnightAsUtc = day * DAY_MS;
    const before = samples[i - 1] as number;
    const after = samples[i + 2] as number;
    if (before === after && samples[i] === before && samples[i + 1] === before) {
      days.push({ date: dateOfEpochDay(day), wallMidnightAsUtc, offsetBefore: before, offsetAfter: before, transitionAt: Infinity });
      continue;
    }
    // The dates around one change share it: bisect once.
    const low = wallMidnightAsUtc - DAY_MS;
    const high = wallMidnightAsUtc + 2 * DAY_MS;
    if (!(lastTransition > low && lastTransition <= high)) lastTransition = firstInstantWithOffset(timeZone, low, high, before);
    const transitionAt = lastTransition;
    days.push({ date: dateOfEpochDay(day), wallMidnightAsUtc, offsetBefore: before, offsetAfter: after, transitionAt });
  }
  return days;
}

const STRIDE_DAYS = 7;

/**
 * The offset at wall midnight (read as UTC) of each epoch day `first`..`last`, index 0 = `first`.
 * Asks the zone once a week and fills the weeks whose ends agree: offsets change twice a year.
 */
function offsetsAtWallMidnights(timeZone: string, first: number, last: number): number[] {
  const offsets: number[] = new Array<number>(last - first + 1);
  offsets[0] = zoneOffsetMs(first * DAY_MS, timeZone);
  for (let low = first; low < last; low += STRIDE_DAYS) {
    const high = Math.min(low + STRIDE_DAYS, last);
    const atLow = offsets[low - first] as number;
    const atHigh = zoneOffsetMs(high * DAY_MS, timeZone);
    offsets[high - first] = atHigh;
    for (let day = low + 1; day < high; day += 1) {
      offsets[day - first] = atLow === atHigh ? atLow : zoneOffsetMs(day * DAY_MS, timeZone);
    }
  }
  return offsets;
}

/**
 * The instant the wall clock shows `minuteOfDay` on `day`, like `wallClockToInstant`: a repeated
 * fall-back time takes its earlier instant; a time in a spring-forward gap moves forward by the gap
 * (`onGap: "shift"`, for the ends of working hours) or has no instant (`onGap: "none"`, for slot starts).
 */
export function wallMinuteToInstant(day: LocalDay, minuteOfDay: number, onGap: "shift" | "none"): number | null {
  const wallAsUtc = day.wallMidnightAsUtc + minuteOfDay * MINUTE_MS;
  const early = wallAsUtc - day.offsetBefore;
  const late = wallAsUtc - day.offsetAfter;
  const earlyExists = early < day.transitionAt;
  const lateExists = late >= day.transitionAt;
  if (earlyExists && lateExists) return Math.min(early, late);
  if (earlyExists) return early;
  if (lateExists) return late;
  return onGap === "shift" ? early : null;
}

/** Minutes of wall-clock time since the day's local midnight at an instant (may be fractional). */
export function wallMinuteAt(day: LocalDay, epochMs: number): number {
  const offset = epochMs < day.transitionAt ? day.offsetBefore : day.offsetAfter;
  return (epochMs + offset - day.wallMidnightAsUtc) / MINUTE_MS;
}
