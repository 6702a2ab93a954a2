import { z } from "zod";

/** How a service is booked. Stored per service (services table); defaults follow common clinic practice. */
export const bookingPolicySchema = z.object({
  durationMinutes: z.number().int().min(5).max(480),
  bufferBeforeMinutes: z.number().int().min(0).max(240),
  bufferAfterMinutes: z.number().int().min(0).max(240),
  /** No booking starting sooner than this after now. */
  minNoticeMinutes: z.number().int().min(0).max(43_200),
  /** Bookable up to this many local days after today (today + horizon is the last bookable date). */
  bookingHorizonDays: z.number().int().min(1).max(366),
  /** Slot starts are multiples of this, counted from local midnight. */
  slotIntervalMinutes: z.number().int().min(5).max(240),
  /** Patients may cancel or reschedule online until this long before the start. */
  changeCutoffMinutes: z.number().int().min(0).max(43_200),
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
