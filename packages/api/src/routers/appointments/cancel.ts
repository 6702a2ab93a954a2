import { NotFound } from "@clinic/domain/errors/domain-error";
import { patientChangeWindow } from "@clinic/domain/scheduling/change-policy";
import { recordAudit } from "../../audit";
import { cancelAppointmentReminder } from "@clinic/jobs/enqueue";
import { findPatientAppointment } from "../../queries/appointments";
import { cancelAppointment } from "../../queries/bookings";
import { inRetriedTransaction } from "../../queries/transaction-retry";
import { patientProcedure } from "../../trpc";
import { queueAppointmentEmail } from "./appointment-notices";
import { notChangeable, PastChangeCutoff } from "./booking-errors";
import { cancelInput, patientAppointmentDto } from "./dto";
import { toPatientAppointmentDto } from "./patient-appointment";

/** Cancels one of the signed-in patient's own appointments, before the service's cutoff. */
export const cancel = patientProcedure
  .input(cancelInput)
  .output(patientAppointmentDto)
  .mutation(async ({ ctx, input }) => {
    const patientId = ctx.user.patientId;
    const now = new Date();
    await inRetriedTransaction(ctx.db, async (tx) => {
      // Scoped to the patient and locked, so a concurrent reschedule of it waits for this to finish.
      const current = await findPatientAppointment(tx, patientId, input.id, { forUpdate: true });
      if (!current) throw new NotFound("That appointment");
      if (current.status !== "booked") throw notChangeable(current.status);
      const cutoffMinutes = current.service.changeCutoffMinutes;
      if (!patientChangeWindow(current.startsAt, { changeCutoffMinutes: cutoffMinutes }, now).allowed) {
        throw new PastChangeCutoff("cancel", cutoffMinutes, current.location);
      }
      await cancelAppointment(tx, current.id, { cancelledByUserId: ctx.user.id, reason: input.reason ? input.reason : null });
      await cancelAppointmentReminder(tx, current.id);
      await recordAudit(tx, ctx, {
        action: "appointment.cancelled",
        patientId,
        metadata: { appointmentId: current.id, reasonGiven: Boolean(input.reason) },
      });
      await queueAppointmentEmail(tx, "cancelled", current.id, { dedupeKey: `appointment-cancelled:${current.id}` });
    });
    const cancelled = await findPatientAppointment(ctx.db, patientId, input.id);
    if (!cancelled) throw new NotFound("That appointment");
    return toPatientAppointmentDto(cancelled, now);
  });
