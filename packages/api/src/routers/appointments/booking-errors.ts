import type { AppointmentStatus } from "@clinic/domain/appointments/appointment-status";
import { DomainError, SlotUnavailable } from "@clinic/domain/errors/domain-error";
import type { BookingPolicy } from "@clinic/domain/scheduling/booking-policy";
import { isBookableStart, type ProviderAvailability } from "@clinic/domain/scheduling/bookable-slots";
import { addCalendarDays, todayInZone, toZonedIsoString } from "@clinic/domain/time/zoned-time";

type ClinicDesk = { name: string; phone: string };

/** "24 hours", "90 minutes", "2 days": how a policy's length reads in a sentence. */
export function describeMinutes(minutes: number): string {
  const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? "" : "s"}`;
  if (minutes >= 2 * 1440 && minutes % 1440 === 0) return plural(minutes / 1440, "day");
  if (minutes >= 60 && minutes % 60 === 0) return plural(minutes / 60, "hour");
  return plural(minutes, "minute");
}

/** The exclusion constraint that keeps a patient from holding two overlapping visits (migrations/0003_*.sql). */
export const PATIENT_OVERLAP_CONSTRAINT = "appointments_no_patient_overlap";

/** The patient already holds an active appointment overlapping the one asked for. */
export class PatientAlreadyBooked extends DomainError {
  constructor() {
    super("conflict", "You already have an appointment at that time.");
    this.name = "PatientAlreadyBooked";
  }
}

/** Inside the cutoff only the front desk may change a visit; the refusal says whom to call. */
export class PastChangeCutoff extends DomainError {
  constructor(change: "cancel" | "reschedule", cutoffMinutes: number, desk: ClinicDesk) {
    const verb = change === "cancel" ? "cancel" : "change";
    super(
      "conflict",
      `Online changes close ${describeMinutes(cutoffMinutes)} before the visit. Please call ${desk.name} at ${desk.phone} to ${verb} it.`,
    );
    this.name = "PastChangeCutoff";
  }
}

/** Only a booked appointment can be changed by the patient; the sentence says why this one cannot. */
export function notChangeable(status: AppointmentStatus): DomainError {
  if (status === "cancelled") return new DomainError("conflict", "This appointment is already cancelled.");
  return new DomainError("conflict", "This appointment can no longer be changed online.");
}

export type StartCheck = {
  policy: BookingPolicy;
  timeZone: string;
  now: Date;
  start: Date;
  /** The providers who could have taken it, with their hours and what holds their time. */
  providers: readonly ProviderAvailability[];
  desk: ClinicDesk;
};

/**
 * Why no provider can take `start`, as the error the patient reads. Called once the rules have
 * said no: a start that only clashes with other appointments was "just taken" (the picker showed
 * it free), anything else is a start the rules never offered or no longer offer.
 */
export function refusalForStart(check: StartCheck): DomainError {
  const { policy, timeZone, now, start } = check;
  const local = toZonedIsoString(start, timeZone); // "2027-03-14T09:00:00-05:00"
  const minuteOfDay = Number(local.slice(11, 13)) * 60 + Number(local.slice(14, 16));
  const onTheMinute = start.getTime() % 60_000 === 0;
  if (!onTheMinute || minuteOfDay % policy.slotIntervalMinutes !== 0) {
    return new DomainError("invalid", "That is not one of the bookable times. Please pick a time from the list.");
  }
  if (start.getTime() < now.getTime() + policy.minNoticeMinutes * 60_000) {
    return new DomainError(
      "conflict",
      `That time is too soon to book online: visits need ${describeMinutes(policy.minNoticeMinutes)} notice. Please pick a later time, or call ${check.desk.name} at ${check.desk.phone}.`,
    );
  }
  if (local.slice(0, 10) > addCalendarDays(todayInZone(timeZone, now), policy.bookingHorizonDays)) {
    return new DomainError(
      "invalid",
      `Online booking is open up to ${describeMinutes(policy.bookingHorizonDays * 1440)} ahead. Please pick an earlier date.`,
    );
  }
  const freeWithoutOtherVisits = check.providers.some((provider) =>
    isBookableStart({ policy, timeZone, now, start, provider: { ...provider, busy: [] } }),
  );
  if (freeWithoutOtherVisits) return new SlotUnavailable();
  return new DomainError("conflict", "That time is no longer available. Please pick a time from the list.");
}
