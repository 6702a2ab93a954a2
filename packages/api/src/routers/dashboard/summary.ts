import { NoProviderRecord } from "@clinic/domain/appointments/visit-transitions";
import { rolesThatMay } from "@clinic/domain/people/staff-permissions";
import { dayBoundsInZone, todayInZone } from "@clinic/domain/time/zoned-time";
import { recordPatientsListed } from "@clinic/db/queries/audit";
import { listLocationAppointmentsStarting, listLocationZones } from "@clinic/db/queries/appointments";
import { scopeOf } from "../../staff-scope";
import { staffProcedure } from "../../trpc";
import { dashboardSummaryDto, dashboardSummaryInput } from "./dto";

/**
 * A day's appointments per location. The day is the location's own wall-clock day (today there
 * when no date is given), so it is 23 or 25 hours long on DST changes. A provider sees only their own visits.
 */
export const summary = staffProcedure(rolesThatMay("appointments.viewAll", "appointments.viewOwn"))
  .input(dashboardSummaryInput)
  .output(dashboardSummaryDto)
  .query(async ({ ctx, input }) => {
    const scope = await scopeOf(ctx.db, ctx.user, "appointments.viewAll", "appointments.viewOwn");
    if (scope.kind === "none") throw new NoProviderRecord();
    const only = scope.kind === "own" ? { providerId: scope.providerId } : {};
    const now = new Date();
    const locations = await Promise.all(
      (await listLocationZones(ctx.db)).map(async (location) => {
        const date = input?.date ?? todayInZone(location.timeZone, now);
        const appointments = await listLocationAppointmentsStarting(ctx.db, location.id, dayBoundsInZone(date, location.timeZone), only);
        return { ...location, date, appointments };
      }),
    );
    await recordPatientsListed(ctx.db, ctx, {
      patientIds: locations.flatMap((location) => location.appointments.map((a) => a.patient.id)),
      via: "dashboard.summary",
    });
    return { locations };
  });
