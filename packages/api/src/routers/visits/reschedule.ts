import { staffRescheduleInput } from "@clinic/domain/appointments/staff-booking";
import { refusalOfStaffChange } from "@clinic/domain/appointments/visit-transitions";
import { NotFound } from "@clinic/domain/errors/domain-error";
import { rolesThatMay } from "@clinic/domain/people/staff-permissions";
import { findVisit } from "@clinic/db/queries/visits";
import { staffProcedure } from "../../trpc";
import { rescheduleAppointment } from "../appointments/reschedule-appointment";
import { visitDto } from "./dto";
import { toVisitDto } from "./to-visit-dto";
import { scopeOf } from "../../staff-scope";
import { visitInScope } from "./visit-access";

/**
 * Staff move a booked visit to a free time with the same provider, through the same decision and
 * write as a patient's reschedule, optionally waiving notice, horizon or change cutoff (recorded).
 */
export const reschedule = staffProcedure(rolesThatMay("appointments.changeAny"))
  .input(staffRescheduleInput)
  .output(visitDto)
  .mutation(async ({ ctx, input }) => {
    const scope = await scopeOf(ctx.db, ctx.user, "appointments.changeAny", "appointments.changeOwn");
    const visit = await visitInScope(ctx.db, scope, input.id);
    const refusal = refusalOfStaffChange(visit, { changeCutoffMinutes: visit.serviceChangeCutoffMinutes }, "reschedule", new Date(), input.overrides.includes("changeCutoff"));
    if (refusal) throw refusal;
    await rescheduleAppointment(ctx, { patientId: visit.patientId, staff: { overrides: input.overrides } }, input);
    const after = await findVisit(ctx.db, visit.id);
    if (!after) throw new NotFound("That visit");
    return toVisitDto(after, scope);
  });
