import { z } from "zod";

/**
 * The years the clinic's dates may fall in. JavaScript's Date maps years 0–99 to 1900–1999 and
 * date arithmetic near 9999-12-31 leaves its range, so wider dates are refused at the edge, not
 * crashed on inside (docs/decisions/0042). Births from 1900, bookings well before 2200.
 */
export const EARLIEST_YEAR = 1900;
export const LATEST_YEAR = 2199;

export const DATE_RANGE_MESSAGE = `Choose a date between ${EARLIEST_YEAR} and ${LATEST_YEAR}.`;

/**
 * Far wider years that date arithmetic still handles without surprises: what a transport-level
 * backstop refuses for every procedure, while schemas apply the clinic's own range above.
 */
const ARITHMETIC_SAFE_YEARS = { earliest: 1000, latest: 8999 };

/** Whether an ISO date or date-time (it starts with YYYY-) names a year the clinic accepts. */
export function isWithinDateBounds(iso: string): boolean {
  return isYearBetween(iso, EARLIEST_YEAR, LATEST_YEAR);
}

/** Whether an ISO date or date-time is far enough from the calendar's edges for date arithmetic. */
export function isSafeForDateArithmetic(iso: string): boolean {
  return isYearBetween(iso, ARITHMETIC_SAFE_YEARS.earliest, ARITHMETIC_SAFE_YEARS.latest);
}

function isYearBetween(iso: string, earliest: number, latest: number): boolean {
  if (!/^\d{4}-/.test(iso)) return false; // expanded years (+275760-…) and signs are never ours
  const year = Number(iso.slice(0, 4));
  return year >= earliest && year <= latest;
}

/** YYYY-MM-DD within EARLIEST_YEAR–LATEST_YEAR. */
export function boundedDateSchema(formatMessage: string) {
  return z.iso.date(formatMessage).refine(isWithinDateBounds, DATE_RANGE_MESSAGE);
}

/** An ISO 8601 instant with an explicit offset or Z, within EARLIEST_YEAR–LATEST_YEAR. */
export function boundedInstantSchema(formatMessage: string) {
  return z.iso.datetime({ offset: true, message: formatMessage }).refine(isWithinDateBounds, DATE_RANGE_MESSAGE);
}
