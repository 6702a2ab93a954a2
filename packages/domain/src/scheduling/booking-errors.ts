import { DomainError, SlotUnavailable, type DomainErrorKind } from "../errors/domain-error";
import type { BookingRefusal } from "./booking-decision";

/** The location's front desk, whom a refusal tells the patient to call. */
export type ClinicDesk = { name: string; phone: string };

/** "24 hours", "90 minutes", "2 days": how a policy's length reads in a sentence. */
export function describeMinutes(minutes: number): string {
  const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? "" : "s"}`;
  if (minutes >= 2 * 1440 && minutes % 1440 === 0) return plural(minutes / 1440, "day");
  if (minutes >= 60 && minutes % 60 === 0) return plural(minutes / 60, "hour");
  return plural(minutes, "minute");
}

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

/** A provider id that is unknown, inactive, or not bookable online for this service at this location. */
export class ProviderNotBookableHere extends DomainError {
  constructor() {
    super("not_found", "That provider does not offer this service at this location.");
    this.name = "ProviderNotBookableHere";
  }
}

/** No provider offers the service online at the location; the desk can still book it. */
export class NotBookableOnlineHere extends DomainError {
  constructor(location: ClinicDesk) {
    super("conflict", `This service cannot be booked online at ${location.name}. Please call ${location.phone} to book it.`);
    this.name = "NotBookableOnlineHere";
  }
}

/** A start or change the rules refuse: `refusal` says which rule, the message says it for people. */
export class BookingRefused extends DomainError {
  constructor(
    readonly refusal: BookingRefusal,
    kind: DomainErrorKind,
    message: string,
  ) {
    super(kind, message);
    this.name = "BookingRefused";
  }
}

/** A refusal as the error the patient reads; `desk` is whom it tells them to call. */
export function refusalError(refusal: BookingRefusal, desk: ClinicDesk): DomainError {
  switch (refusal.kind) {
    case "patient-busy":
      return new PatientAlreadyBooked();
    case "just-taken":
      return new SlotUnavailable();
    case "past-change-cutoff":
      return new PastChangeCutoff(refusal.change, refusal.changeCutoffMinutes, desk);
    case "not-a-slot-time":
      return new BookingRefused(refusal, "invalid", "That is not one of the bookable times. Please pick a time from the list.");
    case "too-soon":
      return new BookingRefused(
        refusal,
        "conflict",
        `That time is too soon to book online: visits need ${describeMinutes(refusal.minNoticeMinutes)} notice. Please pick a later time, or call ${desk.name} at ${desk.phone}.`,
      );
    case "beyond-horizon":
      return new BookingRefused(
        refusal,
        "invalid",
        `Online booking is open up to ${describeMinutes(refusal.bookingHorizonDays * 1440)} ahead. Please pick an earlier date.`,
      );
    case "outside-hours":
      return new BookingRefused(refusal, "conflict", "That time is no longer available. Please pick a time from the list.");
    case "already-cancelled":
      return new BookingRefused(refusal, "conflict", "This appointment is already cancelled.");
    case "not-changeable":
      return new BookingRefused(refusal, "conflict", "This appointment can no longer be changed online.");
    case "same-time":
      return new BookingRefused(refusal, "invalid", "Your appointment is already at that time.");
  }
}
