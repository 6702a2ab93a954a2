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
