import { PATIENT_DATA_ROLES } from "@clinic/domain/people/roles";
import { dayBoundsInZone, todayInZone } from "@clinic/domain/time/zoned-time";
import { recordAuditForPatients } from "@clinic/db/queries/audit";
import { listLocationAppointmentsStarting, listLocationZones } from "@clinic/db/queries/appointments";
import { staffProcedure } from "../../trpc";
import { dashboardSummaryDto, dashboardSummaryInput } from "./dto";

/**
 * A day's appointments per location. The day is the location's own wall-clock day (today there
 * when no date is given), so it is 23 or 25 hours long on DST changes.
 */
export const summary = staffProcedure(PATIENT_DATA_ROLES)
  .input(dashboardSummaryInput)
  .output(dashboardSummaryDto)
  .query(async ({ ctx, input }) => {
    const now = new Date();
    const locations = await Promise.all(
      (await listLocationZones(ctx.db)).map(async (location) => {
        const date = input?.date ?? todayInZone(location.timeZone, now);
        const appointments = await listLocationAppointmentsStarting(ctx.db, location.id, dayBoundsInZone(date, location.timeZone));
        return { ...location, date, appointments };
      }),
    );
    await recordAuditForPatients(ctx.db, ctx, {
      action: "patient.listed",
      patientIds: locations.flatMap((location) => location.appointments.map((a) => a.patient.id)),
      metadata: { via: "dashboard.summary" },
    });
    return { locations };
  });
