/**
 * A patient's appointments split the way the patient site shows them: upcoming soonest first,
 * past most recent first. An appointment is upcoming until it has ended, so one in progress
 * still shows among the upcoming ones.
 */
export function splitUpcomingAndPast<T extends { startsAt: Date; endsAt: Date }>(
  appointments: readonly T[],
  now: Date,
): { upcoming: T[]; past: T[] } {
  const upcoming = appointments.filter((a) => a.endsAt.getTime() > now.getTime());
  const past = appointments.filter((a) => a.endsAt.getTime() <= now.getTime());
  upcoming.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  past.sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime());
  return { upcoming, past };
}
