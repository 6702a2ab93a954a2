import { randomUUID } from "node:crypto";
import { isExclusionViolation } from "@clinic/db/errors";
import { oneLineAddress } from "@clinic/domain/clinic/address";
import type { BookInput } from "@clinic/domain/appointments/booking-request";
import { NotFound, SlotUnavailable } from "@clinic/domain/errors/domain-error";
import { decideStart, patientIsBusy, rankForFirstAvailable } from "@clinic/domain/scheduling/booking-decision";
import { NotBookableOnlineHere, PatientAlreadyBooked, ProviderNotBookableHere, refusalError } from "@clinic/domain/scheduling/booking-errors";
import { manageAppointmentsUrl } from "@clinic/jobs/email/site-links";
import { appointmentEmail } from "@clinic/jobs/email/appointment-email";
import { outboxInsertFrom, reminderJobFrom } from "@clinic/jobs/enqueue";
import { findPatientAppointment } from "@clinic/db/queries/appointments";
import { loadBookingState } from "@clinic/db/queries/booking-state";
import { findAppointmentIdByIdempotencyKey, PATIENT_OVERLAP_CONSTRAINT, recordBooking } from "@clinic/db/queries/bookings";
import { loadPatientVisits } from "@clinic/db/queries/provider-availability";
import { withRetries } from "@clinic/db/transaction-retry";
import type { PatientAppointmentDto } from "./dto";
import type { BookingContext } from "./patient-context";
import { staffOverridesFrom, type RuleOverride } from "@clinic/domain/appointments/staff-booking";
import { toPatientAppointmentDto } from "./patient-appointment";

/**
 * For whom a booking is made and by whom: the signed-in patient online, or staff for a patient
 * (then with the rules they waived, recorded on the appointment and in the audit event).
 */
export type Booker = {
  patient: { id: string; name: string; email: string | null };
  byUserId: string;
  overrides?: readonly RuleOverride[];
};


/** An appointment the patient already holds (an earlier request with the same key made it), as booking returns it. */
async function existingAppointment(ctx: BookingContext, patientId: string, appointmentId: string): Promise<PatientAppointmentDto> {
  const appointment = await findPatientAppointment(ctx.db, patientId, appointmentId);
  if (!appointment) throw new Error("the appointment of this idempotency key was not found");
  return toPatientAppointmentDto(appointment, new Date());
}

/**
 * Books `input.start` for the signed-in patient and returns the appointment; the same idempotency
 * key again returns the first appointment. Load (one read, loadBookingState), decide (decideStart),
 * record (one write, recordBooking); no lock between them: see docs/decisions/0001-booking-without-locks.md.
 */
export async function bookAppointment(ctx: BookingContext, booker: Booker, input: BookInput): Promise<PatientAppointmentDto> {
  const patientId = booker.patient.id;
  const waived = booker.overrides ?? [];
  const chosenProviderId = input.providerId === "any" ? undefined : input.providerId;
  const start = new Date(input.start);
  const now = new Date();
  const state = await loadBookingState(ctx.db, {
    serviceId: input.serviceId,
    locationId: input.locationId,
    providerId: chosenProviderId,
    patientId,
    idempotencyKey: input.idempotencyKey,
    start,
  });
  // The same key again (a retry, a double click): the first request's appointment, whatever the slot looks like now.
  if (state.earlierAppointmentId) return existingAppointment(ctx, patientId, state.earlierAppointmentId);

  const { service, location, providers } = state;
  if (!service) throw new NotFound("That service");
  if (!location) throw new NotFound("That location");
  if (chosenProviderId && providers.length === 0) throw new ProviderNotBookableHere();
  if (providers.length === 0) throw new NotBookableOnlineHere(location);

  const { timeZone } = location;
  const decision = decideStart({
    policy: service.policy,
    timeZone,
    now,
    start,
    providers: state.availability,
    patientVisits: state.patientVisits,
    overrides: staffOverridesFrom(waived),
  });
  if (!decision.bookable) throw refusalError(decision.refusal, location);
  const free = state.availability.filter((provider) => decision.providerIds.includes(provider.providerId));
  const order = chosenProviderId ? free : rankForFirstAvailable(free, start, timeZone);
  const { endsAt } = decision;
  const toAddress = booker.patient.email;

  for (const { providerId } of order) {
    const provider = providers.find((candidate) => candidate.id === providerId)!;
    const appointmentId = randomUUID();
    const booking = {
      id: appointmentId,
      patientId,
      providerId,
      serviceId: service.id,
      locationId: location.id,
      startsAt: start,
      endsAt,
      // Copied so a later policy change does not move the time this booking holds.
      bufferBeforeMinutes: service.policy.bufferBeforeMinutes,
      bufferAfterMinutes: service.policy.bufferAfterMinutes,
      reason: input.reason ? input.reason : null,
      idempotencyKey: input.idempotencyKey,
      createdByUserId: booker.byUserId,
      ruleOverrides: waived,
    };
    const email = appointmentEmail("confirmed", {
      patientName: booker.patient.name,
      serviceName: service.name,
      providerName: provider.name,
      locationName: location.name,
      locationAddress: oneLineAddress(location),
      locationPhone: location.phone,
      timeZone,
      startsAt: start,
      endsAt,
      manageUrl: manageAppointmentsUrl(),
    });
    let booked: boolean;
    try {
      booked = await withRetries(() =>
        recordBooking(ctx.db, ctx, {
          appointment: booking,
          audit: {
            action: "appointment.booked",
            patientId,
            metadata: {
              appointmentId,
              providerId,
              serviceId: service.id,
              locationId: location.id,
              providerChoice: chosenProviderId ? "chosen" : "any",
              ...(waived.length > 0 ? { ruleOverrides: waived } : {}),
            },
          },
          // A front-desk record without an email gets none (staff tell the patient on the phone).
          email: (inserted) =>
            toAddress ? outboxInsertFrom({ toAddress, ...email, dedupeKey: `appointment-confirmed:${appointmentId}` }, inserted) : null,
          reminder: (inserted) => reminderJobFrom({ id: appointmentId, startsAt: start }, now, inserted),
        }),
      );
    } catch (error) {
      // ON CONFLICT DO NOTHING answers for the exclusion constraints; should one still raise
      // (23P01), it means the same as ever: the patient or this provider is taken then.
      if (isExclusionViolation(error, PATIENT_OVERLAP_CONSTRAINT)) throw new PatientAlreadyBooked();
      if (!isExclusionViolation(error)) throw error;
      booked = false;
    }
    if (booked) {
      return toPatientAppointmentDto(
        {
          id: appointmentId,
          startsAt: start,
          endsAt,
          status: "booked",
          reason: booking.reason,
          service: { id: service.id, slug: service.slug, name: service.name, durationMinutes: service.durationMinutes, changeCutoffMinutes: service.policy.changeCutoffMinutes },
          provider: { id: provider.id, name: provider.name, title: provider.title },
          location,
        },
        now,
      );
    }

    // Nothing was written: a request that committed meanwhile holds what this one needed. The
    // same key (a concurrent retry) answers with its appointment; the patient's own visit then is
    // a refusal; otherwise this provider's time was just taken, and the next free one is tried.
    const raced = await findAppointmentIdByIdempotencyKey(ctx.db, patientId, input.idempotencyKey);
    if (raced) return existingAppointment(ctx, patientId, raced);
    const visits = await loadPatientVisits(ctx.db, patientId, { start, end: endsAt });
    if (patientIsBusy(visits, start, service.durationMinutes)) throw new PatientAlreadyBooked();
  }
  throw new SlotUnavailable();
}
