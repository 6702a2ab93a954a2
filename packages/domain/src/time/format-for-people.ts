/**
 * How the clinic shows time to people (patients and staff alike). Instants are shown in the
 * location's IANA zone and the zone is named, because a reader in El Paso looking at a Downtown Austin
 * time must not have to guess. Calendar dates and wall-clock hours have no zone and are never shifted.
 */

const LOCALE = "en-US";

// Building an Intl.DateTimeFormat costs far more than using one, and servers format the same few
// shapes in the same few zones over and over (pages, emails, calendar files): keep each one built.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify(options);
  let built = formatters.get(key);
  if (!built) {
    built = new Intl.DateTimeFormat(LOCALE, options);
    formatters.set(key, built);
  }
  return built;
}

/** "9:30 AM" — the time of day in the given zone. */
export function formatTimeInZone(instant: Date, timeZone: string): string {
  return formatter({ timeZone, hour: "numeric", minute: "2-digit" }).format(instant);
}

/**
 * An instant with its date and the zone's abbreviation: "long" — "Tuesday, March 3, 2026 at 9:00 AM CST"
 * (a patient's appointment); "short" — "Wed, Nov 25, 2026, 9:30 AM CST" (staff lists spanning days).
 */
export function formatInstantInZone(instant: Date, timeZone: string, length: "long" | "short" = "long"): string {
  return formatter({
    timeZone,
    weekday: length,
    year: "numeric",
    month: length,
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZoneName: "short",
  }).format(instant);
}

/** The calendar date an instant falls on in the given zone: "March 16, 2026". */
export function formatDateInZone(instant: Date, timeZone: string): string {
  return formatter({ timeZone, dateStyle: "long" }).format(instant);
}

/**
 * The zone's name plus its IANA id, which is unambiguous: "generic" — "Central Time (America/Chicago)"
 * (opening hours, any season); "specific" — "Central Standard Time (America/Chicago)" (one day's times,
 * daylight saving included, so pass an instant of that day).
 */
export function describeTimeZone(timeZone: string, at: Date = new Date(), name: "generic" | "specific" = "generic"): string {
  const parts = formatter({
    timeZone,
    timeZoneName: name === "generic" ? "longGeneric" : "long",
  }).formatToParts(at);
  const zoneName = parts.find((part) => part.type === "timeZoneName")?.value;
  return zoneName && zoneName !== timeZone ? `${zoneName} (${timeZone})` : timeZone;
}

/** Noon UTC of a calendar date "YYYY-MM-DD": a safe instant for asking which zone name applies that day. */
export function noonOf(isoDate: string): Date {
  return new Date(`${isoDate}T12:00:00Z`);
}

/**
 * A calendar date "YYYY-MM-DD" as written, without a zone shift: "long" — "January 15, 2026";
 * "full" — "Wednesday, November 25, 2026". Anything unparsable is returned unchanged.
 */
export function formatCalendarDate(isoDate: string, style: "long" | "full" = "long"): string {
  const date = noonOf(isoDate);
  if (Number.isNaN(date.getTime())) return isoDate;
  return formatter({ timeZone: "UTC", dateStyle: style }).format(date);
}

/** "08:00" → "8:00 AM". Opening hours are wall-clock times of the location; no zone conversion applies. */
export function formatWallClock(hhmm: string): string {
  const match = /^(\d{2}):(\d{2})$/.exec(hhmm);
  if (!match) return hhmm;
  const hours = Number(match[1]);
  const suffix = hours < 12 ? "AM" : "PM";
  const twelve = hours % 12 === 0 ? 12 : hours % 12;
  return `${twelve}:${match[2]} ${suffix}`;
}

/** ISO weekday 1 = Monday … 7 = Sunday, as stored in opening hours. */
export const WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;

export function weekdayName(isoWeekday: number): string {
  return WEEKDAY_NAMES[isoWeekday - 1] ?? `Day ${isoWeekday}`;
}
