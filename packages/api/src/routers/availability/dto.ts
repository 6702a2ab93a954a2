import { providerChoice } from "@clinic/domain/appointments/booking-request";
import { localDateSchema } from "@clinic/domain/scheduling/weekly-schedule";
import { z } from "zod";
import { serviceDto } from "../services/dto";


/** The longest range one search may cover, in days. */
export const MAX_SEARCH_DAYS = 62;

export const availabilitySearchInput = z
  .object({
    serviceId: z.uuid({ message: "Choose a service." }),
    locationId: z.uuid({ message: "Choose a location." }),
    providerId: providerChoice,
    /** Local dates at the location, inclusive. */
    from: localDateSchema,
    to: localDateSchema,
    /**
     * The appointment the signed-in patient is moving: its own time is not counted as busy, so it
     * can shift by one slot. Ignored unless it is the caller's own appointment.
     */
    reschedulingId: z.uuid({ message: "That appointment was not found." }).optional(),
  })
  .refine((input) => input.to >= input.from, { message: "The end date must not be before the start date.", path: ["to"] })
  .refine((input) => (Date.parse(input.to) - Date.parse(input.from)) / 86_400_000 < MAX_SEARCH_DAYS, {
    message: `Search at most ${MAX_SEARCH_DAYS} days at a time.`,
    path: ["to"],
  });
export type AvailabilitySearchInput = z.infer<typeof availabilitySearchInput>;

export const slotDto = z.object({
  /** ISO 8601 with the location's offset, e.g. "2027-03-14T09:00:00-04:00"; the visit lasts service.durationMinutes. */
  start: z.string(),
  /** Who is free for this start, as indexes into `providers` (one entry when a provider was chosen). */
  providers: z.array(z.number().int().nonnegative()),
});
export type SlotDto = z.infer<typeof slotDto>;

export const availabilityDto = z.object({
  /** IANA zone of the location; every time above is local to it. */
  timeZone: z.string(),
  service: z.object({ id: z.uuid(), name: z.string(), durationMinutes: z.number().int() }),
  location: z.object({ id: z.uuid(), name: z.string(), phone: z.string() }),
  /** Providers considered by this search (one, or all who offer the service there). */
  providers: z.array(z.object({ id: z.uuid(), name: z.string(), title: z.string() })),
  /** Every date in [from, to], in order, with its slots (possibly none). */
  days: z.array(z.object({ date: z.string(), slots: z.array(slotDto) })),
  /** The last local date patients may book at all (today + horizon), so the calendar can stop there. */
  lastBookableDate: z.string(),
});
export type AvailabilityDto = z.infer<typeof availabilityDto>;

export const bookingOptionsInput = z.object({ serviceId: z.uuid({ message: "Choose a service." }) });

/** Where and with whom one service can be booked online. */
export const bookingOptionsDto = z.object({
  service: serviceDto.omit({ description: true }).extend({ changeCutoffMinutes: z.number().int() }),
  /** Locations where at least one active provider offering the service has weekly hours. */
  locations: z.array(
    z.object({
      id: z.uuid(),
      slug: z.string(),
      name: z.string(),
      city: z.string(),
      timeZone: z.string(),
      providers: z.array(z.object({ id: z.uuid(), slug: z.string(), name: z.string(), title: z.string() })),
    }),
  ),
});
export type BookingOptionsDto = z.infer<typeof bookingOptionsDto>;
