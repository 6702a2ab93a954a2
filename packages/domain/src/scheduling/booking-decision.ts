import type { AppointmentStatus } from "../appointments/appointment-status";
import { dayBoundsInZone, todayInZone, toZonedIsoString } from "../time/zoned-time";
import { bookableSlotTimes, lastBookableDate, type HeldTime, type ProviderAvailability } from "./bookable-slots";
import type { BookingPolicy } from "./booking-policy";
import { patientChangeWindow } from "./change-policy";

const MINUTE_MS = 60_000;

/**
 * What staff may waive for one booking or change (recorded with it). There is deliberately no
 * override for overlaps: a provider's or patient's held time is never double booked.
 */
export type StaffOverrides = {
  minNoticeMinutes?: number;
  bookingHorizonDays?: number;
  changeCutoffMinutes?: number;
};

/** Why a start cannot be booked, or an appointment not changed; booking-errors.ts words each for people. */
export type BookingRefusal =
  | { kind: "not-a-slot-time" }
  | { kind: "too-soon"; minNoticeMinutes: number }
  | { kind: "beyond-horizon"; bookingHorizonDays: number }
  /** Inside working time, but other appointments hold it (it was free a moment ago). */
  | { kind: "just-taken" }
  /** Outside every eligible provider's working time (or their time off). */
  | { kind: "outside-hours" }
  | { kind: "patient-busy" }
  | { kind: "already-cancelled" }
  | { kind: "not-changeable" }
  | { kind: "past-change-cutoff"; change: "cancel" | "reschedule"; changeCutoffMinutes: number }
  | { kind: "same-time" };

export type StartRequest = {
  policy: BookingPolicy;
  /** The location's IANA zone. */
  timeZone: string;
  now: Date;
  start: Date;
  /** The eligible providers with their hours, time off and held time around `start`. */
  providers: readonly ProviderAvailability[];
  /** The patient's own active visits around `start` (not the one being moved), without buffers. */
  patientVisits: readonly HeldTime[];
  overrides?: StaffOverrides;
};

/** Bookable: who can take it (input order) and when the visit ends; or why not. */
export type StartDecision = { bookable: true; providerIds: string[]; endsAt: Date } | { bookable: false; refusal: BookingRefusal };

/** The policy with staff overrides applied. */
export function effectivePolicy(policy: BookingPolicy, overrides: StaffOverrides = {}): BookingPolicy {
  return {
    ...policy,
    minNoticeMinutes: overrides.minNoticeMinutes ?? policy.minNoticeMinutes,
    bookingHorizonDays: overrides.bookingHorizonDays ?? policy.bookingHorizonDays,
    changeCutoffMinutes: overrides.changeCutoffMinutes ?? policy.changeCutoffMinutes,
  };
}

/**
 * May `start` be booked, and by whom? Bookable when the patient holds no visit overlapping it and
 * at least one provider can take it under the rules of `bookableSlots` (the picker's rules, so a
 * start the picker showed is accepted). Otherwise the first refusal that applies, in this order:
 * patient-busy; not-a-slot-time; too-soon; beyond-horizon; just-taken (working time, but held by
 * other visits); outside-hours. Free providers come in the input order.
 */
export function decideStart(request: StartRequest): StartDecision {
  const { timeZone, now, start, providers } = request;
  const policy = effectivePolicy(request.policy, request.overrides);
  const startMs = start.getTime();
  if (patientIsBusy(request.patientVisits, start, policy.durationMinutes)) return { bookable: false, refusal: { kind: "patient-busy" } };

  const free = freeProviders(policy, timeZone, now, start, providers);
  if (free.length > 0) {
    const providerIds = free.map((index) => (providers[index] as ProviderAvailability).providerId);
    return { bookable: true, providerIds, endsAt: new Date(startMs + policy.durationMinutes * MINUTE_MS) };
  }

  const local = toZonedIsoString(start, timeZone); // "2027-03-14T09:00:00-05:00"
  const minuteOfDay = Number(local.slice(11, 13)) * 60 + Number(local.slice(14, 16));
  if (startMs % MINUTE_MS !== 0 || minuteOfDay % policy.slotIntervalMinutes !== 0) {
    return { bookable: false, refusal: { kind: "not-a-slot-time" } };
  }
  if (startMs < now.getTime() + policy.minNoticeMinutes * MINUTE_MS) {
    return { bookable: false, refusal: { kind: "too-soon", minNoticeMinutes: policy.minNoticeMinutes } };
  }
  if (local.slice(0, 10) > lastBookableDate(policy, timeZone, now)) {
    return { bookable: false, refusal: { kind: "beyond-horizon", bookingHorizonDays: policy.bookingHorizonDays } };
  }
  const withoutOtherVisits = providers.map((provider) => ({ ...provider, busy: [] }));
  if (freeProviders(policy, timeZone, now, start, withoutOtherVisits).length > 0) {
    return { bookable: false, refusal: { kind: "just-taken" } };
  }
  return { bookable: false, refusal: { kind: "outside-hours" } };
}

/**
 * Whether a visit of `durationMinutes` at `start` overlaps one the patient already holds (bare
 * visits: buffers are the provider's time, not the patient's).
 */
export function patientIsBusy(visits: readonly HeldTime[], start: Date, durationMinutes: number): boolean {
  const startMs = start.getTime();
  const endMs = startMs + durationMinutes * MINUTE_MS;
  return visits.some((visit) => visit.startMs < endMs && visit.endMs > startMs);
}

/** Indexes of the providers free for `start`, by the same rules (and code) as the slot search. */
function freeProviders(policy: BookingPolicy, timeZone: string, now: Date, start: Date, providers: readonly ProviderAvailability[]): number[] {
  const date = todayInZone(timeZone, start);
  const [day] = bookableSlotTimes({ policy, timeZone, now, providers, from: date, to: date });
  const index = day?.starts.indexOf(start.getTime()) ?? -1;
  return index < 0 ? [] : (day?.providerIndexes[index] ?? []);
}

export type ChangeRequest = {
  appointment: { status: AppointmentStatus; startsAt: Date };
  policy: Pick<BookingPolicy, "changeCutoffMinutes">;
  change: "cancel" | "reschedule";
  now: Date;
  /** For a reschedule, the new start. */
  to?: Date;
  overrides?: Pick<StaffOverrides, "changeCutoffMinutes">;
};

/**
 * May this appointment be cancelled or moved now? Only a booked one, strictly before its change
 * cutoff, and a move must go somewhere else. null when allowed.
 */
export function refusalOfChange(request: ChangeRequest): BookingRefusal | null {
  const { appointment, change, now } = request;
  if (appointment.status === "cancelled") return { kind: "already-cancelled" };
  if (appointment.status !== "booked") return { kind: "not-changeable" };
  const changeCutoffMinutes = request.overrides?.changeCutoffMinutes ?? request.policy.changeCutoffMinutes;
  if (!patientChangeWindow(appointment.startsAt, { changeCutoffMinutes }, now).allowed) {
    return { kind: "past-change-cutoff", change, changeCutoffMinutes };
  }
  if (request.to && request.to.getTime() === appointment.startsAt.getTime()) return { kind: "same-time" };
  return null;
}

/**
 * For "first available": the free providers ordered least booked that local day first (so the
 * clinic's load spreads out), then in the order given (by name).
 */
export function rankForFirstAvailable(free: readonly ProviderAvailability[], start: Date, timeZone: string): ProviderAvailability[] {
  const day = dayBoundsInZone(todayInZone(timeZone, start), timeZone);
  const [dayStart, dayEnd] = [day.start.getTime(), day.end.getTime()];
  const load = (provider: ProviderAvailability) => provider.busy.filter((held) => held.startMs < dayEnd && held.endMs > dayStart).length;
  const ranked = free.map((provider, index) => ({ provider, index, load: load(provider) }));
  ranked.sort((a, b) => a.load - b.load || a.index - b.index);
  return ranked.map(({ provider }) => provider);
}
