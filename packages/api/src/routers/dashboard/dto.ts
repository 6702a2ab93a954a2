import { APPOINTMENT_STATUSES } from "@clinic/domain/appointments/appointment-status";
import { calendarDateSchema } from "@clinic/domain/time/calendar-date";
import { z } from "zod";
import { appointmentTimingDto } from "../appointments/dto";

export const dashboardSummaryInput = z.object({ date: calendarDateSchema.optional() }).optional();

export const dashboardSummaryDto = z.object({
  locations: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      timeZone: z.string(),
      /** The wall-clock day shown, YYYY-MM-DD in this location's zone. */
      date: z.string(),
      appointments: z.array(
        appointmentTimingDto.extend({
          patient: z.object({ id: z.uuid(), name: z.string() }),
          provider: z.object({ name: z.string() }),
          service: z.object({ name: z.string() }),
        }),
      ),
    }),
  ),
});
export type DashboardSummaryDto = z.infer<typeof dashboardSummaryDto>;

/** How far ahead the utilisation chart looks, and how far back the no-show rate, in days. */
export const UTILISATION_DAYS = 14;
export const NO_SHOW_DAYS = 30;

export const dashboardInsightsDto = z.object({
  today: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      timeZone: z.string(),
      date: z.string(),
      counts: z.record(z.enum(APPOINTMENT_STATUSES), z.number().int().nonnegative()),
    }),
  ),
  utilisation: z.object({
    /** Local dates, inclusive. */
    from: z.string(),
    to: z.string(),
    providers: z.array(
      z.object({
        id: z.uuid(),
        name: z.string(),
        workingMinutes: z.number().int().nonnegative(),
        bookedMinutes: z.number().int().nonnegative(),
        ratio: z.number().min(0).max(1).nullable(),
      }),
    ),
  }),
  noShows: z.object({ from: z.date(), to: z.date(), noShows: z.number().int(), visits: z.number().int(), rate: z.number().nullable() }),
});
export type DashboardInsightsDto = z.infer<typeof dashboardInsightsDto>;
