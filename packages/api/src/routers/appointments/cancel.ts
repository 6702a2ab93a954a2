import { NotFound } from "@clinic/domain/errors/domain-error";
import { refusalOfChange } from "@clinic/domain/scheduling/booking-decision";
import { refusalError } from "@clinic/domain/scheduling/booking-errors";
import { recordAudit } from "@clinic/db/queries/audit";
import { cancelAppointmentReminder } from "@clinic/jobs/enqueue";
import { findPatientAppointment } from "@clinic/db/queries/appointments";
import { cancelAppointment } from "@clinic/db/queries/bookings";
import { inRetriedTransaction } from "@clinic/db/transaction-retry";
import { patientProcedure } from "../../trpc";
import { queueAppointmentEmail } from "./appointment-notices";
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
      const refusal = refusalOfChange({ appointment: current, policy: current.service, change: "cancel", now });
      if (refusal) throw refusalError(refusal, current.location);
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
