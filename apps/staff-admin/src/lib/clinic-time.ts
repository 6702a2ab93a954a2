/**
 * Formatting instants for staff. Appointments are stored in UTC; people read them in the
 * location's wall-clock time, so every format takes the IANA zone and callers name the zone.
 */

const LOCALE = "en-US";

/** "9:30 AM" in the given zone. */
export function formatTime(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat(LOCALE, { timeZone, hour: "numeric", minute: "2-digit" }).format(instant);
}

/** "Wed, Nov 25, 2026, 9:30 AM CST" — for lists that span days. */
export function formatDateTime(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat(LOCALE, {
    timeZone,
    weekday: "short",
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZoneName: "short",
  }).format(instant);
}

/** "Central Standard Time (America/Chicago)": the zone's name on that day, daylight saving included. */
export function describeZone(timeZone: string, on: Date): string {
  const parts = new Intl.DateTimeFormat(LOCALE, { timeZone, timeZoneName: "long" }).formatToParts(on);
  const name = parts.find((part) => part.type === "timeZoneName")?.value;
  return name ? `${name} (${timeZone})` : timeZone;
}

/** "Wednesday, November 25, 2026" for a calendar date "YYYY-MM-DD" (no zone: it is a date, not an instant). */
export function formatCalendarDate(date: string): string {
  const [year, month, day] = date.split("-").map(Number);
  const noonUtc = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1, 12));
  return new Intl.DateTimeFormat(LOCALE, {
    timeZone: "UTC",
    weekday: "long",
    year: "numeric",
    month: "long",
    day: "numeric",
  }).format(noonUtc);
}

/** Noon UTC of a calendar date: a safe instant for asking which zone name applies on that day. */
export function noonOf(date: string): Date {
  return new Date(`${date}T12:00:00Z`);
}
