import { recordAudit } from "@clinic/db/queries/audit";
import { changeVisitStatus, findVisit } from "@clinic/db/queries/visits";
import { inRetriedTransaction } from "@clinic/db/transaction-retry";
import { staffCancelInput } from "@clinic/domain/appointments/staff-booking";
import { refusalOfStaffChange, refusalOfVisitAction, visitTransition } from "@clinic/domain/appointments/visit-transitions";
import { NotFound } from "@clinic/domain/errors/domain-error";
import { rolesThatMay } from "@clinic/domain/people/staff-permissions";
import { cancelAppointmentReminder } from "@clinic/jobs/enqueue";
import { staffProcedure } from "../../trpc";
import { queueAppointmentEmail } from "../appointments/appointment-notices";
import { visitDto } from "./dto";
import { toVisitDto } from "./to-visit-dto";
import { scopeOf } from "../../staff-scope";
import { visitInScope } from "./visit-access";

/**
 * Staff cancel a booked or checked-in visit, saying why; the patient is emailed as when they cancel
 * themselves. Inside the change cutoff only with the cutoff waived (recorded on the visit and audited).
 */
export const cancel = staffProcedure(rolesThatMay("appointments.changeAny"))
  .input(staffCancelInput)
  .output(visitDto)
  .mutation(async ({ ctx, input }) => {
    const scope = await scopeOf(ctx.db, ctx.user, "appointments.changeAny", "appointments.changeOwn");
    const now = new Date();
    const cutoffWaived = input.overrides.includes("changeCutoff");
    const patientId = await inRetriedTransaction(ctx.db, async (tx) => {
      // Locked, so a concurrent reschedule or check-in of it waits for this to finish.
      const visit = await visitInScope(tx, scope, input.id, { forUpdate: true });
      const refusal = refusalOfStaffChange(visit, { changeCutoffMinutes: visit.serviceChangeCutoffMinutes }, "cancel", now, cutoffWaived);
      if (refusal) throw refusal;
      const waived = cutoffWaived ? (["changeCutoff"] as const) : [];
      const changed = await changeVisitStatus(tx, visit.id, {
        ...visitTransition("cancel"),
        byUserId: ctx.user.id,
        reason: input.reason,
        ...(waived.length > 0 ? { ruleOverrides: [...new Set([...visit.ruleOverrides, ...waived])] } : {}),
      });
      if (!changed) throw refusalOfVisitAction(visit.status, "cancel") ?? new NotFound("That visit");
      await cancelAppointmentReminder(tx, visit.id);
      await recordAudit(tx, ctx, {
        action: "appointment.cancelled",
        patientId: visit.patientId,
        metadata: { appointmentId: visit.id, reasonGiven: true, byStaff: true, ...(waived.length > 0 ? { ruleOverrides: waived } : {}) },
      });
      await queueAppointmentEmail(tx, "cancelled", visit.id, { dedupeKey: `appointment-cancelled:${visit.id}` });
      return visit.patientId;
    });
    const after = await findVisit(ctx.db, input.id);
    if (!after || after.patientId !== patientId) throw new NotFound("That visit");
    return toVisitDto(after, scope);
  });
