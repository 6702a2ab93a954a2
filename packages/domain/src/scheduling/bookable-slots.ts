import type { BookingPolicy } from "./booking-policy";
import type { ScheduleException, WeeklyHours } from "./weekly-schedule";

/** A half-open range of instants [start, end). */
export type Interval = { start: Date; end: Date };

/** One provider's side of a search: their hours at the searched location and what already holds their time. */
export type ProviderAvailability = {
  providerId: string;
  /** Weekly hours at the searched location only. */
  weeklyHours: readonly WeeklyHours[];
  /** Exceptions that apply at the searched location (time off with no location included). */
  exceptions: readonly ScheduleException[];
  /**
   * Every active appointment of this provider at any location, already widened by that
   * appointment's own buffers. Need not be sorted.
   */
  busy: readonly Interval[];
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
  void input;
  throw new Error("bookableSlots: not implemented yet");
}

/**
 * Whether one provider can take a visit starting at `start` under the same rules as
 * `bookableSlots` (used to re-check a booking inside its transaction).
 */
export function isBookableStart(input: Omit<BookableSlotsInput, "providers" | "from" | "to"> & { provider: ProviderAvailability; start: Date }): boolean {
  void input;
  throw new Error("isBookableStart: not implemented yet");
}

/** The provider time an appointment holds: [start − bufferBefore, end + bufferAfter). */
export function blockedInterval(appointment: { start: Date; end: Date; bufferBeforeMinutes: number; bufferAfterMinutes: number }): Interval {
  return {
    start: new Date(appointment.start.getTime() - appointment.bufferBeforeMinutes * 60_000),
    end: new Date(appointment.end.getTime() + appointment.bufferAfterMinutes * 60_000),
  };
}
