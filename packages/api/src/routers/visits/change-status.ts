import type { AuditAction } from "@clinic/db/queries/audit";
import { recordAudit } from "@clinic/db/queries/audit";
import { findVisit, changeVisitStatus } from "@clinic/db/queries/visits";
import { visitIdInput } from "@clinic/domain/appointments/staff-booking";
import { refusalOfVisitAction, visitTransition, type VisitAction } from "@clinic/domain/appointments/visit-transitions";
import { NotFound } from "@clinic/domain/errors/domain-error";
import { rolesThatMay } from "@clinic/domain/people/staff-permissions";
import { cancelAppointmentReminder } from "@clinic/jobs/enqueue";
import { staffProcedure } from "../../trpc";
import { visitDto } from "./dto";
import { toVisitDto } from "./to-visit-dto";
import { scopeOf } from "../../staff-scope";
import { visitInScope } from "./visit-access";

const AUDIT: Record<Exclude<VisitAction, "cancel">, AuditAction> = {
  checkIn: "appointment.checked_in",
  complete: "appointment.completed",
  markNoShow: "appointment.no_show",
};

/**
 * A day-of-visit status change (check in, complete, no-show): load, decide (the visit state
 * machine), record with an UPDATE that re-checks the status, so of two racing changes one wins.
 */
function statusChange(action: Exclude<VisitAction, "cancel">) {
  return staffProcedure(rolesThatMay("appointments.changeAny", "appointments.changeOwn"))
    .input(visitIdInput)
    .output(visitDto)
    .mutation(async ({ ctx, input }) => {
      const scope = await scopeOf(ctx.db, ctx.user, "appointments.changeAny", "appointments.changeOwn");
      const visit = await visitInScope(ctx.db, scope, input.id);
      const refusal = refusalOfVisitAction(visit.status, action);
      if (refusal) throw refusal;
      const transition = visitTransition(action);
      await ctx.db.transaction(async (tx) => {
        const changed = await changeVisitStatus(tx, visit.id, { ...transition, byUserId: ctx.user.id });
        if (!changed) {
          // Someone else changed it since it was read: answer from its status now.
          const now = await findVisit(tx, visit.id);
          throw (now && refusalOfVisitAction(now.status, action)) ?? new NotFound("That visit");
        }
        // Reminders go only to booked visits; a no-show's would be stale anyway.
        if (action === "markNoShow") await cancelAppointmentReminder(tx, visit.id);
        await recordAudit(tx, ctx, { action: AUDIT[action], patientId: visit.patientId, metadata: { appointmentId: visit.id } });
      });
      const after = await findVisit(ctx.db, visit.id);
      if (!after) throw new NotFound("That visit");
      return toVisitDto(after, scope);
    });
}

export const checkIn = statusChange("checkIn");
export const complete = statusChange("complete");
export const markNoShow = statusChange("markNoShow");
