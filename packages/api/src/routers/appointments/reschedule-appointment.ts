import { isExclusionViolation } from "@clinic/db/errors";
import { DomainError, NotFound, SlotUnavailable } from "@clinic/domain/errors/domain-error";
import { isBookableStart } from "@clinic/domain/scheduling/bookable-slots";
import { patientChangeWindow } from "@clinic/domain/scheduling/change-policy";
import { recordAudit } from "../../audit";
import { scheduleAppointmentReminder } from "@clinic/jobs/enqueue";
import { findPatientAppointment } from "../../queries/appointments";
import { moveAppointment } from "../../queries/bookings";
import { loadProviderAvailability } from "../../queries/provider-availability";
import { findBookableService, lockProviderSchedule } from "../../queries/schedules";
import { inRetriedTransaction } from "../../queries/transaction-retry";
import { queueAppointmentEmail } from "./appointment-notices";
import { scopeAround, type PatientContext } from "./book-appointment";
import { notChangeable, PastChangeCutoff, PATIENT_OVERLAP_CONSTRAINT, PatientAlreadyBooked, refusalForStart } from "./booking-errors";

/**
 * Moves one of the patient's own booked appointments to `start` with the same provider, service
 * and location. One transaction: the new time is re-checked against the rules and every other
 * appointment, then taken and the old one freed by a single UPDATE, with the email, the replaced
 * reminder and the audit event; or nothing changes at all. The exclusion constraints decide against
 * anything written meanwhile (bookings take no lock); the provider's advisory lock only queues
 * reschedules of one provider's visits, so two moves never deadlock on each other's rows.
 */
export async function rescheduleAppointment(ctx: PatientContext, input: { id: string; start: string }): Promise<void> {
  const patientId = ctx.user.patientId;
  const found = await findPatientAppointment(ctx.db, patientId, input.id);
  if (!found) throw new NotFound("That appointment");
  const service = await findBookableService(ctx.db, found.service.id, { includeInactive: true });
  if (!service) throw new NotFound("That appointment");
  const start = new Date(input.start);
  const now = new Date();
  const { timeZone } = found.location;

  await inRetriedTransaction(ctx.db, async (tx) => {
    await lockProviderSchedule(tx, found.provider.id);
    const current = await findPatientAppointment(tx, patientId, input.id, { forUpdate: true });
    if (!current) throw new NotFound("That appointment");
    if (current.status !== "booked") throw notChangeable(current.status);
    if (!patientChangeWindow(current.startsAt, service.policy, now).allowed) {
      throw new PastChangeCutoff("reschedule", service.policy.changeCutoffMinutes, current.location);
    }
    if (current.startsAt.getTime() === start.getTime()) throw new DomainError("invalid", "Your appointment is already at that time.");

    // Its own current time does not count as busy, so a visit can move by one slot.
    const [provider] = await loadProviderAvailability(tx, [current.provider.id], current.location.id, {
      ...scopeAround(start, timeZone),
      ignore: { appointmentId: current.id, patientId },
    });
    if (!provider || !isBookableStart({ policy: service.policy, timeZone, now, provider, start })) {
      throw refusalForStart({ policy: service.policy, timeZone, now, start, providers: provider ? [provider] : [], desk: current.location });
    }

    try {
      await moveAppointment(tx, current.id, {
        startsAt: start,
        endsAt: new Date(start.getTime() + service.durationMinutes * 60_000),
        bufferBeforeMinutes: service.policy.bufferBeforeMinutes,
        bufferAfterMinutes: service.policy.bufferAfterMinutes,
      });
    } catch (error) {
      // The constraints have the last word (e.g. a visit booked meanwhile).
      if (isExclusionViolation(error, PATIENT_OVERLAP_CONSTRAINT)) throw new PatientAlreadyBooked();
      if (isExclusionViolation(error)) throw new SlotUnavailable();
      throw error;
    }

    await scheduleAppointmentReminder(tx, { id: current.id, startsAt: start }, now);
    await recordAudit(tx, ctx, {
      action: "appointment.rescheduled",
      patientId,
      metadata: { appointmentId: current.id, providerId: current.provider.id },
    });
    await queueAppointmentEmail(tx, "rescheduled", current.id, { previousStartsAt: current.startsAt });
  });
}
