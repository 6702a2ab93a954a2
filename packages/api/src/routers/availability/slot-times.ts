import type { BookableDay } from "@clinic/domain/scheduling/bookable-slots";
import { toZonedIsoString } from "@clinic/domain/time/zoned-time";
import type { SlotDto } from "./dto";

/** "2027-03-14T09:00:00-05:00" → offset in ms (−5 h); only whole-minute offsets occur in modern zones. */
function offsetMsOf(zonedIso: string): number {
  const sign = zonedIso[19] === "-" ? -1 : 1;
  return sign * (Number(zonedIso.slice(20, 22)) * 60 + Number(zonedIso.slice(23, 25))) * 60_000;
}

/**
 * A day's slots with times as ISO strings in the location's zone (toZonedIsoString). Asking the
 * zone for every start and end is most of a search's own work, so when the day's first start and
 * last end share one offset (no daylight-saving change between them: no zone changes twice within
 * hours), every time in between is written with that offset; otherwise each is asked for.
 */
export function zonedSlots(day: BookableDay, timeZone: string): SlotDto[] {
  const first = day.slots[0];
  const last = day.slots.at(-1);
  if (!first || !last) return [];
  const firstIso = toZonedIsoString(first.start, timeZone);
  const lastIso = toZonedIsoString(last.end, timeZone);
  const suffix = firstIso.slice(19);
  const write =
    lastIso.slice(19) === suffix
      ? (instant: Date) => `${new Date(instant.getTime() + offsetMsOf(firstIso)).toISOString().slice(0, 19)}${suffix}`
      : (instant: Date) => toZonedIsoString(instant, timeZone);
  return day.slots.map((slot) => ({ start: write(slot.start), end: write(slot.end), providerIds: slot.providerIds }));
}
