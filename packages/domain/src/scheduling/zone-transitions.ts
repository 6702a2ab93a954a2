import { zoneOffsetMs } from "../time/zoned-time";

const DAY_MS = 86_400_000;
const SAMPLE_EVERY_MS = 7 * DAY_MS;

export type OffsetTransition = { at: number; offsetFrom: number; offsetTo: number };

/**
 * Every change of the zone's UTC offset in (fromMs, toMs], found by sampling weekly and bisecting
 * to the second. Assumes no two changes within a week, true of every IANA zone in use today.
 */
export function offsetTransitions(timeZone: string, fromMs: number, toMs: number): OffsetTransition[] {
  const transitions: OffsetTransition[] = [];
  let low = fromMs;
  let offsetAtLow = zoneOffsetMs(low, timeZone);
  while (low < toMs) {
    const high = Math.min(low + SAMPLE_EVERY_MS, toMs);
    const offsetAtHigh = zoneOffsetMs(high, timeZone);
    if (offsetAtHigh !== offsetAtLow) {
      const at = firstInstantWithOffset(timeZone, low, high, offsetAtLow);
      transitions.push({ at, offsetFrom: offsetAtLow, offsetTo: zoneOffsetMs(at, timeZone) });
    }
    low = high;
    offsetAtLow = offsetAtHigh;
  }
  return transitions;
}

/** The first whole second in (low, high] whose offset differs from `offsetAtLow`, by bisection. */
export function firstInstantWithOffset(timeZone: string, low: number, high: number, offsetAtLow: number): number {
  let lo = Math.floor(low / 1000);
  let hi = Math.floor(high / 1000);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (zoneOffsetMs(mid * 1000, timeZone) === offsetAtLow) lo = mid;
    else hi = mid;
  }
  return hi * 1000;
}
