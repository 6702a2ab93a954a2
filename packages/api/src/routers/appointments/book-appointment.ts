import { randomUUID } from "node:crypto";
import type { Database } from "@clinic/db/client";
import { isExclusionViolation } from "@clinic/db/errors";
import { DomainError, NotFound, SlotUnavailable } from "@clinic/domain/errors/domain-error";
import { isBookableStart, type Interval, type ProviderAvailability } from "@clinic/domain/scheduling/bookable-slots";
import { addCalendarDays, dayBoundsInZone, toZonedIsoString } from "@clinic/domain/time/zoned-time";
import type { AuditContext } from "../../audit";
import { manageAppointmentsUrl } from "@clinic/jobs/email/site-links";
import { appointmentEmail } from "@clinic/jobs/email/appointment-email";
import { oneLineAddress } from "@clinic/domain/clinic/address";
import { findPatientAppointment } from "../../queries/appointments";
import { loadBookingState } from "../../queries/booking-state";
import { findAppointmentIdByIdempotencyKey, patientHasOverlappingAppointment } from "../../queries/bookings";
import { withRetries } from "../../queries/transaction-retry";
import type { PatientUser } from "../../trpc";
import { ProviderNotBookableHere } from "../availability/errors";
import { PATIENT_OVERLAP_CONSTRAINT, PatientAlreadyBooked, refusalForStart } from "./booking-errors";
import type { BookInput, PatientAppointmentDto } from "./dto";
import { toPatientAppointmentDto } from "./patient-appointment";
import { recordBooking } from "./record-booking";

const DAY_MS = 86_400_000;

export type PatientContext = AuditContext & { db: Database; user: PatientUser };

/** The local dates and instants whose rules and appointments decide whether `start` is free. */
export function scopeAround(start: Date, timeZone: string) {
  const localDate = toZonedIsoString(start, timeZone).slice(0, 10);
  return {
    localDate,
    // A day either side: buffers and long visits can reach across local midnight.
    dates: { from: addCalendarDays(localDate, -1), to: addCalendarDays(localDate, 1) },
    window: { start: new Date(start.getTime() - DAY_MS), end: new Date(start.getTime() + DAY_MS) },
  };
}

/**
 * For "first available": the free providers, least booked that local day first (so the clinic's
 * load spreads out), then in the order given (by name).
 */
function byLightestDay(free: readonly ProviderAvailability[], day: Interval): ProviderAvailability[] {
  const [dayStart, dayEnd] = [day.start.getTime(), day.end.getTime()];
  const load = (provider: ProviderAvailability) => provider.busy.filter((held) => held.startMs < dayEnd && held.endMs > dayStart).length;
  const ranked = free.map((provider, index) => ({ provider, index, load: load(provider) }));
  ranked.sort((a, b) => a.load - b.load || a.index - b.index);
  return ranked.map(({ provider }) => provider);
}

/** An appointment the patient already holds (an earlier request with the same key made it), as booking returns it. */
async function existingAppointment(ctx: PatientContext, appointmentId: string): Promise<PatientAppointmentDto> {
  const appointment = await findPatientAppointment(ctx.db, ctx.user.patientId, appointmentId);
  if (!appointment) throw new Error("the appointment of this idempotency key was not found");
  return toPatientAppointmentDto(appointment, new Date());
}

/**
 * Books `input.start` for the signed-in patient and returns the appointment; the same idempotency
 * key again returns the first appointment. Throws SlotUnavailable when every eligible provider is
 * taken, PatientAlreadyBooked when the patient is busy then, NotFound for an unknown service,
 * location or provider, and a sentence for a start the rules do not offer.
 *
 * Two statements on the way to a booking: one read of everything the rules decide on (see
 * loadBookingState), then one write of the appointment with its email, reminder and audit event
 * (recordBooking). The write needs no lock held across the two: the database's constraints have
 * the last word on everything another request can change in between (the provider's time with
 * buffers, the patient's time, the idempotency key), and when one says no, nothing is written.
 */
export async function bookAppointment(ctx: PatientContext, input: BookInput): Promise<PatientAppointmentDto> {
  const { patientId } = ctx.user;
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
  if (state.earlierAppointmentId) return existingAppointment(ctx, state.earlierAppointmentId);

  const { service, location, providers } = state;
  if (!service) throw new NotFound("That service");
  if (!location) throw new NotFound("That location");
  if (chosenProviderId && providers.length === 0) throw new ProviderNotBookableHere();
  if (providers.length === 0) {
    throw new DomainError("conflict", `This service cannot be booked online at ${location.name}. Please call ${location.phone} to book it.`);
  }
  if (state.patientBusy) throw new PatientAlreadyBooked();

  const { timeZone } = location;
  const free = state.availability.filter((provider) => isBookableStart({ policy: service.policy, timeZone, now, provider, start }));
  if (free.length === 0) {
    throw refusalForStart({ policy: service.policy, timeZone, now, start, providers: state.availability, desk: location });
  }
  const scope = scopeAround(start, timeZone);
  const order = chosenProviderId ? free : byLightestDay(free, dayBoundsInZone(scope.localDate, timeZone));

  const endsAt = new Date(start.getTime() + service.durationMinutes * 60_000);
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
      createdByUserId: ctx.user.id,
    };
    const email = appointmentEmail("confirmed", {
      patientName: ctx.user.name,
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
            metadata: { appointmentId, providerId, serviceId: service.id, locationId: location.id, providerChoice: chosenProviderId ? "chosen" : "any" },
          },
          email: { toAddress: ctx.user.email, ...email, dedupeKey: `appointment-confirmed:${appointmentId}` },
          now,
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
    if (raced) return existingAppointment(ctx, raced);
    if (await patientHasOverlappingAppointment(ctx.db, patientId, { start, end: endsAt })) throw new PatientAlreadyBooked();
  }
  throw new SlotUnavailable();
}
