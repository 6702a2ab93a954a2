import { DomainError, NotFound } from "@clinic/domain/errors/domain-error";
import { recordAudit } from "@clinic/db/queries/audit";
import { cancelAppointment } from "@clinic/db/queries/bookings";
import {
  decideScheduleException,
  deleteLocationClosure,
  insertLocationClosure,
  insertScheduleException,
  keepVisit,
  replaceWeeklyHours,
  updateLocationClosure,
} from "@clinic/db/queries/schedule-changes";
import { lockProviderSchedule } from "@clinic/db/queries/schedules";
import { inRetriedTransaction } from "@clinic/db/transaction-retry";
import { cancelAppointmentReminder } from "@clinic/jobs/enqueue";
import { staffProcedure } from "../../trpc";
import { queueAppointmentEmail } from "../appointments/appointment-notices";
import { saveChangeDto, saveChangeInput } from "./dto";
import { CHANGE_ROLES } from "./preview";
import { changeEffect, refuseUnlessMay, targetsOf } from "./schedule-change-effect";

/**
 * Saves a change to working time. Every visit it would strand needs a decision — keep it (marked
 * kept, so it stays valid) or cancel it (the patient is emailed, the reminder removed) — or nothing is saved.
 */
export const saveChange = staffProcedure(CHANGE_ROLES)
  .input(saveChangeInput)
  .output(saveChangeDto)
  .mutation(async ({ ctx, input }) => {
    const { change } = input;
    refuseUnlessMay(ctx.user.role, change);
    const userId = ctx.user.id;
    return inRetriedTransaction(ctx.db, async (tx) => {
      const targets = await targetsOf(tx, change);
      // Sorted, so two saves that lock several providers never wait on each other in a cycle.
      for (const providerId of [...new Set(targets.flatMap((target) => target.providerIds))].sort()) await lockProviderSchedule(tx, providerId);
      const { strandedVisits } = await changeEffect(tx, targets, new Date());
      const decisions = new Map(input.decisions.map((decision) => [decision.appointmentId, decision.action]));
      const undecided = strandedVisits.filter((visit) => !decisions.has(visit.id));
      if (undecided.length > 0) {
        throw new DomainError(
          "conflict",
          `${undecided.length === 1 ? "1 booked visit falls" : `${undecided.length} booked visits fall`} outside the new working time: choose to keep or cancel each, then save again.`,
        );
      }

      if (change.kind === "weekly_hours") await replaceWeeklyHours(tx, change.providerId, change.locationId, change.weeklyHours);
      else if (change.kind === "closure") {
        const closureId = change.closureId ?? (await insertLocationClosure(tx, { locationId: change.locationId, ...change.closure, createdByUserId: userId }));
        if (change.closureId && !(await updateLocationClosure(tx, change.closureId, change.closure))) throw new NotFound("That closure");
        const action = change.closureId ? "closure.changed" : "closure.added";
        await recordAudit(tx, ctx, { action, patientId: null, metadata: { closureId, locationId: change.locationId, date: change.closure.date } });
      } else if (change.kind === "closure_removal") {
        const [target] = targets;
        if (!(await deleteLocationClosure(tx, change.closureId))) throw new NotFound("That closure");
        await recordAudit(tx, ctx, { action: "closure.removed", patientId: null, metadata: { closureId: change.closureId, locationId: target?.locationId } });
      }
      else if (change.kind === "approval") await decideScheduleException(tx, change.exceptionId, "approved", userId);
      else {
        const { note, ...exception } = change.exception;
        await insertScheduleException(tx, {
          providerId: change.providerId,
          locationId: change.locationId,
          ...exception,
          note: note || null,
          status: "approved",
          createdByUserId: userId,
        });
      }

      let kept = 0;
      let cancelled = 0;
      for (const visit of strandedVisits) {
        if (decisions.get(visit.id) === "keep") {
          await keepVisit(tx, visit.id, userId);
          await recordAudit(tx, ctx, { action: "appointment.kept_outside_hours", patientId: visit.patientId, metadata: { appointmentId: visit.id } });
          kept += 1;
        } else {
          await cancelAppointment(tx, visit.id, { cancelledByUserId: userId, reason: "The clinic changed its schedule." });
          await cancelAppointmentReminder(tx, visit.id);
          await recordAudit(tx, ctx, { action: "appointment.cancelled", patientId: visit.patientId, metadata: { appointmentId: visit.id, via: "schedules.saveChange" } });
          await queueAppointmentEmail(tx, "cancelled", visit.id, { dedupeKey: `appointment-cancelled:${visit.id}` });
          cancelled += 1;
        }
      }
      return { kept, cancelled };
    });
  });
