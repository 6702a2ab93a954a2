import { z } from "zod";

/** How a service is booked. Stored per service (services table); defaults follow common clinic practice. */
/** A whole number of minutes within limits, with messages staff can act on. */
function minutes(what: string, min: number, max: number) {
  return z
    .number({ error: "Enter a whole number of minutes." })
    .int("Enter a whole number of minutes.")
    .min(min, `${what} is at least ${min} minutes.`)
    .max(max, `${what} is at most ${max} minutes.`);
}

export const bookingPolicySchema = z.object({
  durationMinutes: minutes("The visit length", 5, 480),
  bufferBeforeMinutes: minutes("The time held before", 0, 240),
  bufferAfterMinutes: minutes("The time held after", 0, 240),
  /** No booking starting sooner than this after now. */
  minNoticeMinutes: minutes("The minimum notice", 0, 43_200),
  /** Bookable up to this many local days after today (today + horizon is the last bookable date). */
  bookingHorizonDays: z
    .number({ error: "Enter a whole number of days." })
    .int("Enter a whole number of days.")
    .min(1, "The booking horizon is at least 1 day.")
    .max(366, "The booking horizon is at most 366 days."),
  /** Slot starts are multiples of this, counted from local midnight. */
  slotIntervalMinutes: minutes("The slot interval", 5, 240),
  /** Patients may cancel or reschedule online until this long before the start. */
  changeCutoffMinutes: minutes("The change cutoff", 0, 43_200),
});
export type BookingPolicy = z.infer<typeof bookingPolicySchema>;

export const DEFAULT_BOOKING_POLICY = {
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 0,
  minNoticeMinutes: 12 * 60,
  bookingHorizonDays: 60,
  slotIntervalMinutes: 15,
  changeCutoffMinutes: 24 * 60,
} as const satisfies Omit<BookingPolicy, "durationMinutes">;

const limits = bookingPolicySchema.shape;

/**
 * The longest any appointment can hold a provider, visit plus both buffers, at the schema's limits:
 * reads of held time reach this far before a window, so nothing that could touch it is missed.
 */
export const LONGEST_HOLD_MINUTES =
  (limits.durationMinutes.maxValue as number) + (limits.bufferBeforeMinutes.maxValue as number) + (limits.bufferAfterMinutes.maxValue as number);
