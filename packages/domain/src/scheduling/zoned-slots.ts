import { toZonedIsoString } from "../time/zoned-time";
import type { BookableDayTimes } from "./bookable-slots";

/** A bookable start as the location's wall clock writes it, and the free providers (indexes). */
export type ZonedSlot = { start: string; providers: number[] };

const MINUTE_MS = 60_000;
const DAY_MS = 1_440 * MINUTE_MS;

const pad = (value: number) => (value < 10 ? `0${value}` : String(value));

/** "2027-03-14T09:00:00-05:00" → offset in ms (−5 h); only whole-minute offsets occur in modern zones. */
function offsetMsOf(zonedIso: string): number {
  const sign = zonedIso[19] === "-" ? -1 : 1;
  return sign * (Number(zonedIso.slice(20, 22)) * 60 + Number(zonedIso.slice(23, 25))) * MINUTE_MS;
}

/**
 * A day's slots with start times as ISO strings in the location's zone (exactly as
 * toZonedIsoString writes them) and the free providers as indexes. When the day's first and last
 * start share one offset, the starts between are written from it without asking the zone again.
 */
export function zonedSlots(day: BookableDayTimes, timeZone: string): ZonedSlot[] {
  const { starts, providerIndexes } = day;
  const first = starts[0];
  const last = starts.at(-1);
  if (first === undefined || last === undefined) return [];
  const firstIso = toZonedIsoString(new Date(first), timeZone);
  const suffix = firstIso.slice(19);
  const uniform = toZonedIsoString(new Date(last), timeZone).slice(19) === suffix;
  const offsetMs = offsetMsOf(firstIso);
  // The local midnight before the first start, as if it were UTC, and its date: starts on the
  // same local day share the date, and a start past midnight (a late shift) is rare enough to ask for.
  const localMidnight = Math.floor((first + offsetMs) / DAY_MS) * DAY_MS;
  const datePrefix = firstIso.slice(0, 11);
  return starts.map((start, index) => {
    const local = start + offsetMs - localMidnight;
    const write =
      uniform && local >= 0 && local < DAY_MS && start % 1000 === 0
        ? `${datePrefix}${pad(Math.floor(local / 3_600_000))}:${pad(Math.floor(local / MINUTE_MS) % 60)}:${pad(Math.floor(local / 1000) % 60)}${suffix}`
        : toZonedIsoString(new Date(start), timeZone);
    return { start: write, providers: providerIndexes[index] as number[] };
  });
}
