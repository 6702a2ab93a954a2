import { addCalendarDays, isoWeekday, todayInZone } from "../time/zoned-time";
import type { BookingPolicy } from "./booking-policy";
import { type LocalDay, dateOfEpochDay, epochDayOf, localDays, wallMinuteAt, wallMinuteToInstant } from "./local-day-clock";
import type { LocationClosure, ScheduleException, WeeklyHours } from "./weekly-schedule";
import { type EpochInterval, mergeIntervals, prepareHours, workingIntervalsOn } from "./working-hours";

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/** A half-open range of instants [start, end). */
export type Interval = { start: Date; end: Date };

/**
 * Time an appointment holds, [startMs, endMs) in epoch milliseconds. Searches read thousands of
 * these, and numbers cost nothing to make, where Dates (wrapped by Next.js on the server) do.
 */
export type HeldTime = { startMs: number; endMs: number };

/** One provider's side of a search: their hours at the searched location and what already holds their time. */
export type ProviderAvailability = {
  providerId: string;
  /** Weekly hours at the searched location only. */
  weeklyHours: readonly WeeklyHours[];
  /** Exceptions that apply at the searched location (time off with no location included). */
  exceptions: readonly ScheduleException[];
  /** Closures of the searched location: no one works there then. */
  closures?: readonly LocationClosure[];
  /**
   * Every active appointment of this provider at any location, already widened by that
   * appointment's own buffers. Need not be sorted.
   */
  busy: readonly HeldTime[];
};

export type BookableSlotsInput = {
  policy: BookingPolicy;
  /** The location's IANA zone: hours, dates and slot alignment are local to it. */
  timeZone: string;
  providers: readonly ProviderAvailability[];
  /** First and last local date searched, inclusive (YYYY-MM-DD). */
  from: string;
  to: string;
  now: Date;
};

/** A start time with the providers free for the whole visit plus buffers, in the input order. */
export type BookableSlot = { start: Date; end: Date; providerIds: string[] };
export type BookableDay = { date: string; slots: BookableSlot[] };

/**
 * bookableSlots without objects per slot, for callers that turn thousands of slots into something
 * else: each day's starts in epoch milliseconds, sorted, and for each start the indexes (into the
 * input's `providers`, ascending) of the providers free for it.
 */
export type BookableDayTimes = { date: string; starts: number[]; providerIndexes: number[][] };

/**
 * Every bookable start between `from` and `to`, one entry per local date in the range (days
 * without openings have `slots: []`), slots sorted by start. A slot:
 * - starts on a multiple of `slotIntervalMinutes` of local wall-clock time (from local midnight);
 * - with its buffers, [start − bufferBefore, start + duration + bufferAfter), lies inside one of the
 *   provider's working intervals that day (weekly hours effective that date, plus extra hours,
 *   minus time off) and overlaps none of `busy`;
 * - starts at or after now + minNotice, on a local date no later than today + bookingHorizonDays.
 * With several providers, a start appears once, listing every provider free for it.
 */
export function bookableSlots(input: BookableSlotsInput): BookableDay[] {
  const visitMs = input.policy.durationMinutes * MINUTE_MS;
  return bookableSlotTimes(input).map(({ date, starts, providerIndexes }) => ({
    date,
    slots: starts.map((start, index) => ({
      start: new Date(start),
      end: new Date(start + visitMs),
      providerIds: (providerIndexes[index] as number[]).map((provider) => (input.providers[provider] as ProviderAvailability).providerId),
    })),
  }));
}

/** bookableSlots as numbers and indexes (see BookableDayTimes); the same rules. */
export function bookableSlotTimes(input: BookableSlotsInput): BookableDayTimes[] {
  const { policy, timeZone, providers, now } = input;
  const firstDay = epochDayOf(input.from);
  const lastDay = epochDayOf(input.to);
  if (lastDay < firstDay) return [];

  const today = todayInZone(timeZone, now);
  const lastBookable = lastBookableDate(policy, timeZone, now);
  const openFrom = input.from > today ? input.from : today;
  const openTo = input.to < lastBookable ? input.to : lastBookable;
  const days = openFrom <= openTo ? localDays(timeZone, openFrom, openTo) : [];
  const grids = days.map(() => new SlotGrid(policy.slotIntervalMinutes));

  if (days.length > 0) {
    const rules = {
      earliestStart: now.getTime() + policy.minNoticeMinutes * MINUTE_MS,
      beforeMs: policy.bufferBeforeMinutes * MINUTE_MS,
      visitMs: policy.durationMinutes * MINUTE_MS,
      afterMs: policy.bufferAfterMinutes * MINUTE_MS,
      step: policy.slotIntervalMinutes,
    };
    const weekdays = days.map((day) => isoWeekday(day.date));
    const windowStart = (days[0] as LocalDay).wallMidnightAsUtc - DAY_MS;
    const windowEnd = (days[days.length - 1] as LocalDay).wallMidnightAsUtc + 3 * DAY_MS;
    providers.forEach((provider, providerIndex) => {
      const hours = prepareHours(provider.weeklyHours, provider.exceptions, provider.closures);
      const busy = sortedBusy(provider.busy, windowStart - rules.beforeMs, windowEnd + rules.afterMs);
      // Slot starts only grow through this loop (days, then intervals, then starts, all in order),
      // so one pointer sweeps the provider's busy time once.
      let next = 0;
      days.forEach((day, dayIndex) => {
        const grid = grids[dayIndex] as SlotGrid;
        const uniformOffset = day.transitionAt === Infinity ? day.offsetBefore : null;
        for (const interval of workingIntervalsOn(day, weekdays[dayIndex] as number, hours)) {
          const firstStart = Math.max(interval.start + rules.beforeMs, rules.earliestStart);
          const lastStart = interval.end - rules.visitMs - rules.afterMs;
          if (firstStart > lastStart) continue;
          const firstMinute = Math.ceil(wallMinuteAt(day, firstStart) / rules.step) * rules.step;
          for (let minute = firstMinute; minute < 1440; minute += rules.step) {
            // A wall time skipped by a spring-forward gap has no instant and no slot; a time repeated
            // in the fall-back hour is offered once, at its first (daylight-time) instant.
            const start =
              uniformOffset === null
                ? wallMinuteToInstant(day, minute, "none")
                : day.wallMidnightAsUtc + minute * MINUTE_MS - uniformOffset;
            if (start === null || start < firstStart) continue;
            if (start > lastStart) break;
            const blockedStart = start - rules.beforeMs;
            const blockedEnd = start + rules.visitMs + rules.afterMs;
            while (next < busy.length && (busy[next] as EpochInterval).end <= blockedStart) next += 1;
            if (next < busy.length && (busy[next] as EpochInterval).start < blockedEnd) continue;
            grid.add(minute, start, providerIndex);
          }
        }
      });
    });
  }

  const result: BookableDayTimes[] = [];
  const openDays = new Map(days.map((day, index) => [day.date, grids[index] as SlotGrid]));
  for (let epochDay = firstDay; epochDay <= lastDay; epochDay += 1) {
    const date = dateOfEpochDay(epochDay);
    const grid = openDays.get(date);
    result.push(grid ? { date, ...grid.times() } : { date, starts: [], providerIndexes: [] });
  }
  return result;
}

/**
 * The slots of one local day, indexed by wall-clock minute ÷ slot interval: every provider proposes
 * starts on the same local grid, so the union needs no map, and reading the cells in order gives
 * the slots sorted by start (wall time → instant only ever grows, gap times having none).
 */
class SlotGrid {
  private readonly starts: number[] = [];
  private readonly providerIndexes: number[][] = [];

  constructor(private readonly step: number) {}

  add(minute: number, start: number, providerIndex: number): void {
    const cell = minute / this.step;
    const existing = this.providerIndexes[cell];
    if (existing) existing.push(providerIndex);
    else {
      this.providerIndexes[cell] = [providerIndex];
      this.starts[cell] = start;
    }
  }

  /** The occupied cells in order (the arrays are sparse; forEach skips the holes). */
  times(): { starts: number[]; providerIndexes: number[][] } {
    const starts: number[] = [];
    const providerIndexes: number[][] = [];
    this.providerIndexes.forEach((indexes, cell) => {
      starts.push(this.starts[cell] as number);
      providerIndexes.push(indexes);
    });
    return { starts, providerIndexes };
  }
}

/** The provider's busy time near the searched days, sorted and united into disjoint intervals. */
function sortedBusy(busy: readonly HeldTime[], windowStart: number, windowEnd: number): EpochInterval[] {
  const relevant: EpochInterval[] = [];
  for (const { startMs: start, endMs: end } of busy) {
    if (end > windowStart && start < windowEnd && end > start) relevant.push({ start, end });
  }
  return mergeIntervals(relevant);
}

/** Bookable dates run from today (in the location's zone) through today + horizon, all of that last day. */
export function lastBookableDate(policy: Pick<BookingPolicy, "bookingHorizonDays">, timeZone: string, now: Date): string {
  return addCalendarDays(todayInZone(timeZone, now), policy.bookingHorizonDays);
}

/**
 * The provider time an appointment holds: [start − bufferBefore, end + bufferAfter), as the
 * exclusion constraint's appointment_blocked_range() computes it in the database.
 */
export function blockedInterval(appointment: { start: Date; end: Date; bufferBeforeMinutes: number; bufferAfterMinutes: number }): HeldTime {
  return blockedTime(appointment.start.getTime(), appointment.end.getTime(), appointment.bufferBeforeMinutes, appointment.bufferAfterMinutes);
}

/** blockedInterval from epoch milliseconds, for reads of thousands of appointments. */
export function blockedTime(startMs: number, endMs: number, bufferBeforeMinutes: number, bufferAfterMinutes: number): HeldTime {
  return { startMs: startMs - bufferBeforeMinutes * MINUTE_MS, endMs: endMs + bufferAfterMinutes * MINUTE_MS };
}

/** An interval of Dates as held time. */
export function heldTime(interval: Interval): HeldTime {
  return { startMs: interval.start.getTime(), endMs: interval.end.getTime() };
}
