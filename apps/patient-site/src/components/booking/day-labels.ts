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

/** "6 openings", "1 opening", "No openings" */
export function openingsText(count: number): string {
  if (count === 0) return "No openings";
  return count === 1 ? "1 opening" : `${count} openings`;
}

/** The accessible name of a calendar day: "Tuesday, December 14 — 6 openings". */
export function calendarDayLabel(date: string, openings: number): string {
  return `${weekdayAndDate(date)} — ${openingsText(openings).toLowerCase()}`;
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
