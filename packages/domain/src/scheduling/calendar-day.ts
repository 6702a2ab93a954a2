import { addCalendarDays, isoWeekday } from "../time/zoned-time";
import type { ProviderAvailability } from "./bookable-slots";
import { type LocalDay, localDays, wallMinuteAt, wallMinuteToInstant } from "./local-day-clock";
import { type EpochInterval, mergeIntervals, prepareHours, workingIntervalsOn } from "./working-hours";

const MINUTE_MS = 60_000;

/**
 * A stretch of one calendar day as minutes elapsed since the day's local midnight, half-open.
 * Elapsed, not wall-clock: on a 23-hour day the last minute is 1380, on a 25-hour day 1500.
 */
export type DayRange = { startMinute: number; endMinute: number };

/** What the calendar needs of a visit; callers add what they show (patient, service, status…). */
export type CalendarVisitTiming = {
  providerId: string;
  startMs: number;
  endMs: number;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
};

/** A labelled line on the time axis: each full wall-clock hour, twice for a repeated hour. */
export type HourMark = { minute: number; wallMinute: number };

export type CalendarColumn<Visit> = {
  providerId: string;
  /** Working time there (weekly hours effective that date, extra hours, minus time off). */
  working: DayRange[];
  /** Time off taken out of the provider's day (a whole-day absence spans the whole day). */
  timeOff: DayRange[];
  /** Buffers before and after visits: time held though nobody is with the provider. */
  buffers: DayRange[];
  visits: (Visit & DayRange)[];
};

export type CalendarDay<Visit> = {
  date: string;
  startMs: number;
  endMs: number;
  /** 1440, or 1380 / 1500 on the days clocks change. */
  lengthMinutes: number;
  hourMarks: HourMark[];
  columns: CalendarColumn<Visit>[];
};

/**
 * The calendar's picture of local dates `from`..`to` in `timeZone`: for each date and each provider
 * (in `providers` order) their working time, time off, buffers and the visits starting that local
 * date, as elapsed minutes from local midnight. Working time is the slot engine's own rule
 * (`workingIntervalsOn`), so whatever narrows bookable hours narrows what the calendar draws.
 */
export function calendarDays<Visit extends CalendarVisitTiming>(input: {
  timeZone: string;
  from: string;
  to: string;
  providers: readonly ProviderAvailability[];
  visits: readonly Visit[];
}): CalendarDay<Visit>[] {
  const { timeZone, providers } = input;
  const clock = localDays(timeZone, input.from, addCalendarDays(input.to, 1));
  const prepared = providers.map((provider) => prepareHours(provider.weeklyHours, provider.exceptions, provider.closures));
  const visitsByProvider = visitsByProviderByStart(input.visits);
  const days: CalendarDay<Visit>[] = [];
  for (let index = 0; index + 1 < clock.length; index += 1) {
    const day = clock[index] as LocalDay;
    const startMs = localMidnight(day);
    const endMs = localMidnight(clock[index + 1] as LocalDay);
    const lengthMinutes = (endMs - startMs) / MINUTE_MS;
    const toRange = (interval: EpochInterval): DayRange | null => {
      const start = Math.max(interval.start, startMs);
      const end = Math.min(interval.end, endMs);
      return end > start ? { startMinute: (start - startMs) / MINUTE_MS, endMinute: (end - startMs) / MINUTE_MS } : null;
    };
    const weekday = isoWeekday(day.date);
    const columns = providers.map((provider, providerIndex): CalendarColumn<Visit> => {
      const hours = prepared[providerIndex] as ReturnType<typeof prepareHours>;
      const working = ranges(workingIntervalsOn(day, weekday, hours), toRange);
      const offs = hours.timeOffByDate.get(day.date) ?? [];
      const timeOff = offs.includes(null)
        ? [{ startMinute: 0, endMinute: lengthMinutes }]
        : ranges(
            mergeIntervals(
              offs.flatMap((range) =>
                range ? [{ start: wallMinuteToInstant(day, range.start, "shift") as number, end: wallMinuteToInstant(day, range.end, "shift") as number }] : [],
              ),
            ),
            toRange,
          );
      const own = startingWithin(visitsByProvider.get(provider.providerId) ?? [], startMs, endMs);
      const held: EpochInterval[] = [];
      for (const visit of own) {
        if (visit.bufferBeforeMinutes > 0) held.push({ start: visit.startMs - visit.bufferBeforeMinutes * MINUTE_MS, end: visit.startMs });
        if (visit.bufferAfterMinutes > 0) held.push({ start: visit.endMs, end: visit.endMs + visit.bufferAfterMinutes * MINUTE_MS });
      }
      return {
        providerId: provider.providerId,
        working,
        timeOff,
        buffers: ranges(mergeIntervals(held), toRange),
        visits: own.map((visit) => {
          const range = toRange({ start: visit.startMs, end: visit.endMs });
          return { ...visit, startMinute: range?.startMinute ?? 0, endMinute: range?.endMinute ?? 0 };
        }),
      };
    });
    days.push({ date: day.date, startMs, endMs, lengthMinutes, hourMarks: hourMarks(day, startMs, endMs), columns });
  }
  return days;
}

function ranges(intervals: EpochInterval[], toRange: (interval: EpochInterval) => DayRange | null): DayRange[] {
  const result: DayRange[] = [];
  for (const interval of intervals) {
    const range = toRange(interval);
    if (range) result.push(range);
  }
  return result;
}

/**
 * Each provider's visits by start (ties in the given order): a week of a location holds thousands,
 * and filtering all of them for every provider and date made the layout quadratic.
 */
export function visitsByProviderByStart<Visit extends CalendarVisitTiming>(visits: readonly Visit[]): Map<string, Visit[]> {
  const byProvider = new Map<string, Visit[]>();
  for (const visit of [...visits].sort((a, b) => a.startMs - b.startMs)) {
    const list = byProvider.get(visit.providerId);
    if (list) list.push(visit);
    else byProvider.set(visit.providerId, [visit]);
  }
  return byProvider;
}

/** The visits of `byStart` (sorted by start) that start in [startMs, endMs), found by bisection. */
export function startingWithin<Visit extends CalendarVisitTiming>(byStart: readonly Visit[], startMs: number, endMs: number): Visit[] {
  let low = 0;
  let high = byStart.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((byStart[middle] as Visit).startMs < startMs) low = middle + 1;
    else high = middle;
  }
  let end = low;
  while (end < byStart.length && (byStart[end] as Visit).startMs < endMs) end += 1;
  return byStart.slice(low, end);
}

/** The first instant of the local date (a zone whose clocks skip midnight starts the day at the end of the gap). */
function localMidnight(day: LocalDay): number {
  return wallMinuteToInstant(day, 0, "shift") as number;
}

/** Every instant in the day where the wall clock shows a full hour, with the hour it shows. */
function hourMarks(day: LocalDay, startMs: number, endMs: number): HourMark[] {
  const marks: HourMark[] = [];
  // Offsets change by multiples of 15 minutes, so full wall hours fall on quarter hours of elapsed time.
  for (let instant = startMs; instant < endMs; instant += 15 * MINUTE_MS) {
    const wallMinute = Math.round(wallMinuteAt(day, instant));
    if (wallMinute % 60 === 0) marks.push({ minute: (instant - startMs) / MINUTE_MS, wallMinute });
  }
  return marks;
}

/** Where `nowMs` falls on a calendar day, or null when it is another day. */
export function minuteOfCalendarDay(day: { startMs: number; endMs: number }, nowMs: number): number | null {
  return nowMs >= day.startMs && nowMs < day.endMs ? (nowMs - day.startMs) / MINUTE_MS : null;
}

/** "9 AM", "12 PM" for a wall-clock minute of the day (0…1439). */
export function hourLabel(wallMinute: number): string {
  const hour = Math.floor(wallMinute / 60) % 24;
  const twelve = hour % 12 === 0 ? 12 : hour % 12;
  return `${twelve} ${hour < 12 ? "AM" : "PM"}`;
}

/** The Monday of the ISO week holding `date`: the week view runs Monday to Sunday. */
export function weekStarting(date: string): { from: string; to: string } {
  const from = addCalendarDays(date, 1 - isoWeekday(date));
  return { from, to: addCalendarDays(from, 6) };
}
