import { ACTIVE_APPOINTMENT_STATUSES, type AppointmentStatus } from "./appointment-status";

const ACTIVE: ReadonlySet<AppointmentStatus> = new Set(ACTIVE_APPOINTMENT_STATUSES);

/**
 * A patient's appointments split the way the patient site shows them: upcoming soonest first,
 * past and cancelled most recent first. An appointment is upcoming until it has ended, so one in
 * progress still shows among the upcoming ones; a cancelled (or no-show) visit is no longer
 * something to come to, so it moves to the past list at once.
 */
export function splitUpcomingAndPast<T extends { startsAt: Date; endsAt: Date; status?: AppointmentStatus }>(
  appointments: readonly T[],
  now: Date,
): { upcoming: T[]; past: T[] } {
  const isUpcoming = (a: T) => a.endsAt.getTime() > now.getTime() && (a.status === undefined || ACTIVE.has(a.status));
  const upcoming = appointments.filter(isUpcoming);
  const past = appointments.filter((a) => !isUpcoming(a));
  upcoming.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  past.sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime());
  return { upcoming, past };
}
