import { APPOINTMENT_STATUSES } from "@clinic/domain/appointments/appointment-status";
import { calendarDateSchema } from "@clinic/domain/time/calendar-date";
import { z } from "zod";

const locationId = z.uuid({ message: "Choose a location from the list." });
const providerId = z.uuid({ message: "Choose a provider from the list." }).optional();
const serviceId = z.uuid({ message: "Choose a service from the list." }).optional();

export const calendarDayInput = z.object({ locationId, date: calendarDateSchema, providerId, serviceId });
/** Any date of the week: the week shown runs Monday to Sunday around it. */
export const calendarWeekInput = calendarDayInput;

const dayRange = z.object({ startMinute: z.number(), endMinute: z.number() });

const calendarDayDto = z.object({
  date: z.string(),
  // Instants as epoch milliseconds: the answer stays plain JSON, skipping superjson's walk of every value.
  startMs: z.number(),
  endMs: z.number(),
  /** 1440, or 1380 / 1500 when the clocks change that day. */
  lengthMinutes: z.number(),
  /** Full wall-clock hours at elapsed minutes from local midnight (1 AM twice on a fall-back day). */
  hourMarks: z.array(z.object({ minute: z.number(), label: z.string() })),
  columns: z.array(
    z.object({
      providerId: z.uuid(),
      working: z.array(dayRange),
      timeOff: z.array(dayRange),
      buffers: z.array(dayRange),
      visits: z.array(
        dayRange.extend({
          id: z.uuid(),
          startMs: z.number(),
          endMs: z.number(),
          status: z.enum(APPOINTMENT_STATUSES),
          service: z.object({ id: z.uuid(), name: z.string() }),
          patient: z.object({ id: z.uuid(), name: z.string() }),
        }),
      ),
    }),
  ),
});

export const calendarDto = z.object({
  location: z.object({ id: z.uuid(), name: z.string(), timeZone: z.string() }),
  /** One column per provider shown, by name; a provider user sees only their own. */
  providers: z.array(z.object({ id: z.uuid(), name: z.string(), title: z.string() })),
  /** Why a provider user sees no columns, for the page to say. */
  notice: z.string().nullable(),
  days: z.array(calendarDayDto),
});
export type CalendarDto = z.infer<typeof calendarDto>;

export const calendarChoicesDto = z.object({
  locations: z.array(z.object({ id: z.uuid(), name: z.string(), timeZone: z.string() })),
  providers: z.array(z.object({ id: z.uuid(), name: z.string(), locationIds: z.array(z.uuid()) })),
  services: z.array(z.object({ id: z.uuid(), name: z.string() })),
  /** The provider record of a provider user: their own calendar. */
  ownProviderId: z.uuid().nullable(),
});
export type CalendarChoicesDto = z.infer<typeof calendarChoicesDto>;
