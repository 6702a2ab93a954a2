import { addCalendarDays, isoWeekday } from "@clinic/domain/time/zoned-time";

/**
 * The booking calendar shows two weeks at a time, Monday to Sunday, in the location's calendar
 * (dates are local dates there; no zone arithmetic happens here).
 */
export const WINDOW_DAYS = 14;

/** The Monday on or before `date`: windows always start on a Monday so the grid's columns are weekdays. */
export function windowStartFor(date: string): string {
  return addCalendarDays(date, 1 - isoWeekday(date));
}

/** The window's dates in order, split into weeks (rows of the grid). */
export function windowWeeks(windowStart: string): string[][] {
  const dates = Array.from({ length: WINDOW_DAYS }, (_, index) => addCalendarDays(windowStart, index));
  return [dates.slice(0, 7), dates.slice(7)];
}

export function windowEnd(windowStart: string): string {
  return addCalendarDays(windowStart, WINDOW_DAYS - 1);
}

/**
 * The dates to ask availability for: the window without the days already past (from today), or null
 * when the whole window is in the past.
 */
export function searchRange(windowStart: string, today: string): { from: string; to: string } | null {
  const to = windowEnd(windowStart);
  const from = windowStart < today ? today : windowStart;
  return from <= to ? { from, to } : null;
}

/** Whether an earlier window would still contain today or later. */
export function hasEarlierWindow(windowStart: string, today: string): boolean {
  return windowStart > windowStartFor(today);
}

/** Whether a later window would still contain a bookable day (unknown horizon: assume yes). */
export function hasLaterWindow(windowStart: string, lastBookableDate: string | undefined): boolean {
  return lastBookableDate === undefined || addCalendarDays(windowStart, WINDOW_DAYS) <= lastBookableDate;
}

export function shiftWindow(windowStart: string, windows: number): string {
  return addCalendarDays(windowStart, windows * WINDOW_DAYS);
}
