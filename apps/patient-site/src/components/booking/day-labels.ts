import { noonOf } from "@clinic/domain/time/format-for-people";

const LOCALE = "en-US";

/**
 * Calendar dates ("YYYY-MM-DD") are local dates of the location already; they are formatted at noon
 * UTC in UTC so no zone can move them to the previous or next day.
 */
function formatDate(date: string, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(LOCALE, { ...options, timeZone: "UTC" }).format(noonOf(date));
}

/** "Tuesday, December 14" */
export function weekdayAndDate(date: string): string {
  return formatDate(date, { weekday: "long", month: "long", day: "numeric" });
}

/** "14" */
export function dayOfMonth(date: string): string {
  return formatDate(date, { day: "numeric" });
}

/** "Dec" — shown on the first cell of the grid and on the first of a month. */
export function shortMonth(date: string): string {
  return formatDate(date, { month: "short" });
}

/** What a calendar day cell shows under its number: "6 open", "1 open", or a dash for none. */
export function openingsShort(count: number): string {
  return count > 0 ? `${count} open` : "—";
}

/**
 * The accessible name of a calendar day. It starts with exactly what the cell shows ("Dec 14, 6 open")
 * so voice control can say what it sees (WCAG 2.5.3), then gives the full date:
 * "14, 6 open — Tuesday, December 14"; a day without openings: "20, no openings — Sunday, December 20".
 */
export function calendarDayLabel(date: string, openings: number, { showMonth = false } = {}): string {
  const shown = `${showMonth ? `${shortMonth(date)} ` : ""}${dayOfMonth(date)}`;
  const count = openings > 0 ? openingsShort(openings) : "no openings";
  return `${shown}, ${count} — ${weekdayAndDate(date)}`;
}

/** "December 14 – 27, 2026", "December 28, 2026 – January 10, 2027" */
export function windowLabel(from: string, to: string): string {
  return new Intl.DateTimeFormat(LOCALE, { timeZone: "UTC", year: "numeric", month: "long", day: "numeric" }).formatRange(
    noonOf(from),
    noonOf(to),
  );
}

/**
 * How long before a visit online changes close, in words: 1440 → "24 hours", 2880 → "2 days",
 * 90 → "90 minutes". Whole days from two days up, whole hours from one hour up.
 */
export function durationInWords(minutes: number): string {
  const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? "" : "s"}`;
  if (minutes >= 2 * 1440 && minutes % 1440 === 0) return plural(minutes / 1440, "day");
  if (minutes >= 60 && minutes % 60 === 0) return plural(minutes / 60, "hour");
  return plural(minutes, "minute");
}
