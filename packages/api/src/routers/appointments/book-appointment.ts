import type { Database, Executor } from "@clinic/db/client";
import { isExclusionViolation } from "@clinic/db/errors";
import { DomainError, NotFound } from "@clinic/domain/errors/domain-error";
import { isBookableStart, type Interval, type ProviderAvailability } from "@clinic/domain/scheduling/bookable-slots";
import { addCalendarDays, dayBoundsInZone, toZonedIsoString } from "@clinic/domain/time/zoned-time";
import { recordAudit, type AuditContext } from "../../audit";
import { scheduleAppointmentReminder } from "../../jobs/enqueue";
import { findAppointmentIdByIdempotencyKey, insertBookedAppointment, patientHasOverlappingAppointment } from "../../queries/bookings";
import { loadProviderAvailability } from "../../queries/provider-availability";
import { findBookingContext, lockProviderSchedule, type BookableService, type BookingLocation } from "../../queries/schedules";
import { inRetriedTransaction } from "../../queries/transaction-retry";
import type { PatientUser } from "../../trpc";
import { ProviderNotBookableHere } from "../availability/errors";
import { queueAppointmentEmail } from "./appointment-notices";
import { PATIENT_OVERLAP_CONSTRAINT, PatientAlreadyBooked, refusalForStart } from "./booking-errors";
import type { BookInput } from "./dto";

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

type Request = {
  ctx: PatientContext;
  input: BookInput;
  service: BookableService;
  location: BookingLocation;
  start: Date;
  now: Date;
};

/**
 * For "first available": the free providers, least booked that local day first (so the clinic's
 * load spreads out), then in the order given (by name).
 */
function byLightestDay(free: readonly ProviderAvailability[], day: Interval): ProviderAvailability[] {
  const load = (provider: ProviderAvailability) => provider.busy.filter((held) => held.start < day.end && held.end > day.start).length;
  const ranked = free.map((provider, index) => ({ provider, index, load: load(provider) }));
  ranked.sort((a, b) => a.load - b.load || a.index - b.index);
  return ranked.map(({ provider }) => provider);
}

/** "unavailable" carries what the provider's time looked like under the lock, to explain the refusal. */
type Attempt = { kind: "booked"; appointmentId: string } | { kind: "unavailable"; provider: ProviderAvailability | undefined };

/**
 * One transaction with one provider: take that provider's lock (the only advisory lock this
 * transaction takes, so bookings never wait on each other in a cycle), re-read their rules and
 * appointments, re-check the start, insert, and write the email, reminder and audit event.
 * "unavailable" means nothing was written and the next free provider may be tried.
 */
async function bookWithProvider(tx: Executor, request: Request, providerId: string): Promise<Attempt> {
  const { ctx, input, service, location, start, now } = request;
  const patientId = ctx.user.patientId;
  await lockProviderSchedule(tx, providerId);

  // Read after the lock: a request with the same key that held it first has committed by now.
  const earlier = await findAppointmentIdByIdempotencyKey(tx, patientId, input.idempotencyKey);
  if (earlier) return { kind: "booked", appointmentId: earlier };

  const scope = scopeAround(start, location.timeZone);
  const [provider] = await loadProviderAvailability(tx, [providerId], location.id, scope);
  if (!provider || !isBookableStart({ policy: service.policy, timeZone: location.timeZone, now, provider, start })) {
    return { kind: "unavailable", provider };
  }

  const endsAt = new Date(start.getTime() + service.durationMinutes * 60_000);
  const appointmentId = await insertBookedAppointment(tx, {
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
  });
  if (!appointmentId) {
    // Which constraint said no? The same key from a concurrent request, the patient's own
    // overlapping visit, or (only if someone wrote without this lock) the provider's time.
    const raced = await findAppointmentIdByIdempotencyKey(tx, patientId, input.idempotencyKey);
    if (raced) return { kind: "booked", appointmentId: raced };
    if (await patientHasOverlappingAppointment(tx, patientId, { start, end: endsAt })) throw new PatientAlreadyBooked();
    return { kind: "unavailable", provider };
  }

  await scheduleAppointmentReminder(tx, { id: appointmentId, startsAt: start }, now);
  await recordAudit(tx, ctx, {
    action: "appointment.booked",
    patientId,
    metadata: { appointmentId, providerId, serviceId: service.id, locationId: location.id, providerChoice: input.providerId === "any" ? "any" : "chosen" },
  });
  await queueAppointmentEmail(tx, "confirmed", appointmentId, { dedupeKey: `appointment-confirmed:${appointmentId}` });
  return { kind: "booked", appointmentId };
}

/**
 * Books `input.start` for the signed-in patient and returns the appointment's id; the same
 * idempotency key again returns the first appointment. Throws SlotUnavailable when every
 * eligible provider is taken, PatientAlreadyBooked when the patient is busy then, NotFound for
 * an unknown service, location or provider, and a sentence for a start the rules do not offer.
 */
export async function bookAppointment(ctx: PatientContext, input: BookInput): Promise<string> {
  const patientId = ctx.user.patientId;
  const chosenProviderId = input.providerId === "any" ? undefined : input.providerId;
  const {
    service,
    location,
    providers: candidates,
  } = await findBookingContext(ctx.db, { serviceId: input.serviceId, locationId: input.locationId, providerId: chosenProviderId });
  if (!service) throw new NotFound("That service");
  if (!location) throw new NotFound("That location");
  if (chosenProviderId && candidates.length === 0) throw new ProviderNotBookableHere();
  if (candidates.length === 0) {
    throw new DomainError("conflict", `This service cannot be booked online at ${location.name}. Please call ${location.phone} to book it.`);
  }

  const start = new Date(input.start);
  const now = new Date();
  const request: Request = { ctx, input, service, location, start, now };
  const scope = scopeAround(start, location.timeZone);
  const visit = { start, end: new Date(start.getTime() + service.durationMinutes * 60_000) };
  const refuse = async (providers: readonly ProviderAvailability[]) => {
    if (await patientHasOverlappingAppointment(ctx.db, patientId, visit)) return new PatientAlreadyBooked();
    return refusalForStart({ policy: service.policy, timeZone: location.timeZone, now, start, providers, desk: location });
  };

  // A chosen provider goes straight to their lock (the check there is the one that counts). For
  // "first available", who looks free is read first, outside any transaction (a transaction must
  // never wait for a second pool connection), to try them in a sensible order.
  let order = candidates.map((candidate) => candidate.id);
  if (!chosenProviderId) {
    const providers = await loadProviderAvailability(ctx.db, order, location.id, scope);
    const free = providers.filter((provider) => isBookableStart({ policy: service.policy, timeZone: location.timeZone, now, provider, start }));
    if (free.length === 0) {
      // Nobody is free — perhaps because this very request already booked the time (a retry).
      const earlier = await findAppointmentIdByIdempotencyKey(ctx.db, patientId, input.idempotencyKey);
      if (earlier) return earlier;
      throw await refuse(providers);
    }
    order = byLightestDay(free, dayBoundsInZone(scope.localDate, location.timeZone)).map((provider) => provider.providerId);
  }

  const seen: ProviderAvailability[] = [];
  for (const providerId of order) {
    let attempt: Attempt;
    try {
      attempt = await inRetriedTransaction(ctx.db, (tx) => bookWithProvider(tx, request, providerId));
    } catch (error) {
      // ON CONFLICT DO NOTHING answers for the exclusion constraints; should one still raise
      // (23P01), it means the same as ever: the patient or this provider is taken then.
      if (isExclusionViolation(error, PATIENT_OVERLAP_CONSTRAINT)) throw new PatientAlreadyBooked();
      if (!isExclusionViolation(error)) throw error;
      continue;
    }
    if (attempt.kind === "booked") return attempt.appointmentId;
    if (attempt.provider) seen.push(attempt.provider);
  }
  throw await refuse(seen);
}
