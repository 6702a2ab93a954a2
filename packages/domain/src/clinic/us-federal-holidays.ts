import { addCalendarDays, isoWeekday } from "../time/zoned-time";

export type Holiday = { date: string; name: string };

const pad = (n: number) => String(n).padStart(2, "0");
const ymd = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;

/** The `nth` (1-based) ISO `weekday` of a month; nth = -1 for the last one. */
function nthWeekday(year: number, month: number, weekday: number, nth: number): string {
  if (nth > 0) {
    const first = ymd(year, month, 1);
    return addCalendarDays(first, ((weekday - isoWeekday(first) + 7) % 7) + (nth - 1) * 7);
  }
  const last = addCalendarDays(month === 12 ? ymd(year + 1, 1, 1) : ymd(year, month + 1, 1), -1);
  return addCalendarDays(last, -((isoWeekday(last) - weekday + 7) % 7));
}

/** A fixed-date holiday on a Saturday is observed the Friday before, on a Sunday the Monday after. */
function observed(date: string): string {
  const weekday = isoWeekday(date);
  if (weekday === 6) return addCalendarDays(date, -1);
  if (weekday === 7) return addCalendarDays(date, 1);
  return date;
}

/**
 * The US federal holidays observed in `year` (5 U.S.C. 6103 and the observance rule for fixed dates),
 * by date. Includes the next New Year's Day when it is observed on December 31 (a Saturday January 1st).
 */
export function usFederalHolidays(year: number): Holiday[] {
  const fixed = (month: number, day: number, name: string, y = year): Holiday => ({ date: observed(ymd(y, month, day)), name });
  const holidays: Holiday[] = [
    fixed(1, 1, "New Year's Day"),
    { date: nthWeekday(year, 1, 1, 3), name: "Birthday of Martin Luther King, Jr." },
    { date: nthWeekday(year, 2, 1, 3), name: "Washington's Birthday" },
    { date: nthWeekday(year, 5, 1, -1), name: "Memorial Day" },
    fixed(6, 19, "Juneteenth National Independence Day"),
    fixed(7, 4, "Independence Day"),
    { date: nthWeekday(year, 9, 1, 1), name: "Labor Day" },
    { date: nthWeekday(year, 10, 1, 2), name: "Columbus Day" },
    fixed(11, 11, "Veterans Day"),
    { date: nthWeekday(year, 11, 4, 4), name: "Thanksgiving Day" },
    fixed(12, 25, "Christmas Day"),
    fixed(1, 1, "New Year's Day", year + 1),
  ];
  return holidays.filter((holiday) => holiday.date.startsWith(`${year}-`)).sort((a, b) => a.date.localeCompare(b.date));
}
