import { isExclusionViolation } from "@clinic/db/errors";
import { recordAudit } from "@clinic/db/queries/audit";
import { NotFound, SlotUnavailable } from "@clinic/domain/errors/domain-error";
import { decideStart, refusalOfChange } from "@clinic/domain/scheduling/booking-decision";
import { PatientAlreadyBooked, refusalError } from "@clinic/domain/scheduling/booking-errors";
import { readScopeAround } from "@clinic/domain/scheduling/read-scope";
import { scheduleAppointmentReminder } from "@clinic/jobs/enqueue";
import { findPatientAppointment } from "@clinic/db/queries/appointments";
import { moveAppointment, PATIENT_OVERLAP_CONSTRAINT } from "@clinic/db/queries/bookings";
import { loadPatientVisits, loadProviderAvailability } from "@clinic/db/queries/provider-availability";
import { findBookableService, lockProviderSchedule } from "@clinic/db/queries/schedules";
import { inRetriedTransaction } from "@clinic/db/transaction-retry";
import { queueAppointmentEmail } from "./appointment-notices";
import { staffOverridesFrom, type RuleOverride } from "@clinic/domain/appointments/staff-booking";
import { InsideChangeCutoff } from "@clinic/domain/appointments/visit-transitions";
import type { BookingContext } from "./patient-context";

/**
 * Moves one of the patient's own booked appointments to `start` with the same provider, service
 * and location. One transaction: the new time is re-checked against the rules and every other
 * appointment, then taken and the old one freed by a single UPDATE, with the email, the replaced
 * reminder and the audit event; or nothing changes at all. The exclusion constraints decide against
 * anything written meanwhile (bookings take no lock); the provider's advisory lock only queues
 * reschedules of one provider's visits, so two moves never deadlock on each other's rows.
 */
export async function rescheduleAppointment(
  ctx: BookingContext,
  who: { patientId: string; staff?: { overrides: readonly RuleOverride[] } },
  input: { id: string; start: string },
): Promise<void> {
  const { patientId } = who;
  const waived = who.staff?.overrides ?? [];
  const overrides = staffOverridesFrom(waived);
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
    const refusal = refusalOfChange({ appointment: current, policy: service.policy, change: "reschedule", now, to: start, overrides });
    // Staff inside the cutoff are told to waive it, not to call themselves.
    if (refusal?.kind === "past-change-cutoff" && who.staff) throw new InsideChangeCutoff("reschedule", refusal.changeCutoffMinutes);
    if (refusal) throw refusalError(refusal, current.location);

    // Its own current time does not count as busy, so a visit can move by one slot.
    const scope = readScopeAround(start);
    const providers = await loadProviderAvailability(tx, [current.provider.id], current.location.id, {
      ...scope,
      ignore: { appointmentId: current.id, patientId },
    });
    const patientVisits = await loadPatientVisits(tx, patientId, scope.window, current.id);
    const decision = decideStart({ policy: service.policy, timeZone, now, start, providers, patientVisits, overrides });
    if (!decision.bookable) throw refusalError(decision.refusal, current.location);

    try {
      await moveAppointment(tx, current.id, {
        startsAt: start,
        endsAt: decision.endsAt,
        bufferBeforeMinutes: service.policy.bufferBeforeMinutes,
        bufferAfterMinutes: service.policy.bufferAfterMinutes,
        ...(who.staff ? { ruleOverrides: waived } : {}),
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
      metadata: {
        appointmentId: current.id,
        providerId: current.provider.id,
        ...(who.staff ? { byStaff: true } : {}),
        ...(waived.length > 0 ? { ruleOverrides: waived } : {}),
      },
    });
    await queueAppointmentEmail(tx, "rescheduled", current.id, { previousStartsAt: current.startsAt });
  });
}
