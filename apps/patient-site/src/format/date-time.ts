/**
 * Formatting for people. Instants (Dates) are shown in the location's IANA zone with the zone named,
 * because a patient in El Paso reading a Downtown Austin time must not have to guess (STYLE.md: Time).
 */

const LOCALE = "en-US";

/** "Tuesday, March 3, 2026, 9:00 AM CST" — an appointment time in the location's own zone. */
export function formatInstantInZone(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat(LOCALE, {
    timeZone,
    weekday: "long",
    year: "numeric",
    month: "long",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZoneName: "short",
  }).format(instant);
}

/** "9:00 AM" — the time of day only, in the given zone (for an appointment's end time). */
export function formatTimeInZone(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat(LOCALE, { timeZone, hour: "numeric", minute: "2-digit" }).format(instant);
}

/** "Central Time (America/Chicago)": the zone's everyday name plus its IANA id, which is unambiguous. */
export function describeTimeZone(timeZone: string, at: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat(LOCALE, { timeZone, timeZoneName: "longGeneric" }).formatToParts(at);
  const name = parts.find((part) => part.type === "timeZoneName")?.value;
  return name && name !== timeZone ? `${name} (${timeZone})` : timeZone;
}

/** "08:00" → "8:00 AM". Opening hours are wall-clock times of the location; no zone conversion applies. */
export function formatWallClock(hhmm: string): string {
  const match = /^(\d{2}):(\d{2})$/.exec(hhmm);
  if (!match) return hhmm;
  const hours = Number(match[1]);
  const minutes = match[2];
  const suffix = hours < 12 ? "AM" : "PM";
  const twelve = hours % 12 === 0 ? 12 : hours % 12;
  return `${twelve}:${minutes} ${suffix}`;
}

/** "2026-01-15" → "January 15, 2026". A calendar date has no zone; format it as written. */
export function formatCalendarDate(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(LOCALE, { timeZone: "UTC", dateStyle: "long" }).format(date);
}

/** Publication dates: the calendar day at the clinic's home (Austin), where the editors work. */
export function formatPublishedDate(instant: Date): string {
  return new Intl.DateTimeFormat(LOCALE, { timeZone: "America/Chicago", dateStyle: "long" }).format(instant);
}

/** ISO weekday 1 = Monday … 7 = Sunday, as stored in opening hours. */
export const WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;

export function weekdayName(isoWeekday: number): string {
  return WEEKDAY_NAMES[isoWeekday - 1] ?? `Day ${isoWeekday}`;
}
