/**
 * Wall-clock dates and times in a location's IANA zone, turned into instants and back.
 * The clinic's days are local days: on DST changes a day in America/Chicago lasts 23 or 25 hours,
 * so "a day" is never computed as 24 × 60 minutes from midnight UTC.
 */

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const WALL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True when the runtime knows the IANA zone name (e.g. "America/Chicago"). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

type WallClock = { year: number; month: number; day: number; hour: number; minute: number; second: number };

function wallClockAt(instant: Date, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 0,
    day: parts.day ?? 0,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** The zone's offset from UTC at an instant, in milliseconds, asked of Intl (slow: it formats a date). */
function measuredOffsetAt(epochMs: number, timeZone: string): number {
  const wall = wallClockAt(new Date(epochMs), timeZone);
  const wallAsUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return wallAsUtc - Math.floor(epochMs / 1000) * 1000;
}

const OFFSET_SPAN_MS = 15 * MINUTE_MS;
const MAX_CACHED_SPANS = 200_000;
const offsetsBySpan = new Map<string, Map<number, number>>();

/**
 * The zone's offset from UTC at an instant, in milliseconds (e.g. -5 h for CDT). A search asks
 * this thousands of times, so offsets are remembered per quarter hour of UTC: every transition
 * of a zone in use today falls on one's edge. A quarter hour whose two ends differ (a transition
 * inside it, as in some historic local mean times) is never remembered, only measured.
 */
function offsetAt(epochMs: number, timeZone: string): number {
  let spans = offsetsBySpan.get(timeZone);
  if (!spans) {
    spans = new Map();
    offsetsBySpan.set(timeZone, spans);
  }
  const span = Math.floor(epochMs / OFFSET_SPAN_MS);
  const known = spans.get(span);
  if (known !== undefined) return known;
  const offset = measuredOffsetAt(epochMs, timeZone);
  const spanStart = span * OFFSET_SPAN_MS;
  if (measuredOffsetAt(spanStart, timeZone) === offset && measuredOffsetAt(spanStart + OFFSET_SPAN_MS - 1000, timeZone) === offset) {
    if (spans.size >= MAX_CACHED_SPANS) spans.clear();
    spans.set(span, offset);
  }
  return offset;
}

function parseCalendarDate(date: string): { year: number; month: number; day: number } {
  const match = CALENDAR_DATE.exec(date);
  if (!match) throw new RangeError(`Expected a date like 2026-03-08, got "${date}".`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new RangeError(`"${date}" is not a calendar date.`);
  }
  return { year, month, day };
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, "0");
}

/** The calendar date (YYYY-MM-DD) it is in the zone at `now`. */
export function todayInZone(timeZone: string, now: Date = new Date()): string {
  const wall = wallClockAt(now, timeZone);
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`;
}

/** The calendar date `days` days after `date` (negative goes back). Pure calendar arithmetic. */
export function addCalendarDays(date: string, days: number): string {
  const { year, month, day } = parseCalendarDate(date);
  const shifted = new Date(Date.UTC(year, month - 1, day) + days * DAY_MS);
  return `${pad(shifted.getUTCFullYear(), 4)}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`;
}

/** ISO weekday of a calendar date: 1 = Monday … 7 = Sunday (the numbering of opening hours). */
export function isoWeekday(date: string): number {
  const { year, month, day } = parseCalendarDate(date);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/**
 * The instant at which the wall clock in `timeZone` shows `date` `time` ("HH:MM").
 * Like Temporal's "compatible" disambiguation: a time skipped by a spring-forward gap moves
 * forward by the gap (02:30 → 03:30 CDT); a time repeated in the fall-back hour takes the earlier instant.
 */
export function wallClockToInstant(date: string, time: string, timeZone: string): Date {
  const { year, month, day } = parseCalendarDate(date);
  const match = WALL_TIME.exec(time);
  if (!match) throw new RangeError(`Expected a time like 09:30, got "${time}".`);
  const wallAsUtc = Date.UTC(year, month - 1, day, Number(match[1]), Number(match[2]));

  // Offsets a day either side cover any single transition around this wall time.
  const offsetBefore = offsetAt(wallAsUtc - DAY_MS, timeZone);
  const offsetAfter = offsetAt(wallAsUtc + DAY_MS, timeZone);
  const candidates = [wallAsUtc - offsetBefore, wallAsUtc - offsetAfter].filter(
    (epochMs) => offsetAt(epochMs, timeZone) === wallAsUtc - epochMs,
  );
  if (candidates.length === 0) return new Date(wallAsUtc - offsetBefore); // in a gap
  return new Date(Math.min(...candidates));
}

/**
 * The half-open range of instants [start, end) that make up the calendar day `date` in `timeZone`.
 * Appointments "on that day" are those whose start is >= start and < end. The range is 23 h on the
 * spring-forward day and 25 h on the fall-back day.
 */
export function dayBoundsInZone(date: string, timeZone: string): { start: Date; end: Date } {
  return {
    start: wallClockToInstant(date, "00:00", timeZone),
    end: wallClockToInstant(addCalendarDays(date, 1), "00:00", timeZone),
  };
}

/**
 * ISO 8601 with the zone's offset at that instant, e.g. "2027-03-14T09:00:00-04:00", so the string
 * shows the local wall-clock time and still names one instant.
 */
export function toZonedIsoString(instant: Date, timeZone: string): string {
  const epochMs = instant.getTime();
  // Historic local mean time has offsets in seconds, which ISO 8601 cannot carry: round the offset to
  // the minute and show the wall clock that matches it, so the string still names this instant.
  const offsetMinutes = Math.round(offsetAt(epochMs, timeZone) / MINUTE_MS);
  const local = new Date(Math.floor(epochMs / 1000) * 1000 + offsetMinutes * MINUTE_MS);
  const sign = offsetMinutes < 0 ? "-" : "+";
  const absolute = Math.abs(offsetMinutes);
  return (
    `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}` +
    `${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`
  );
}

/**
 * The zone's offset from UTC at an instant in milliseconds (e.g. −4 h for EDT). Exported for rules
 * that must convert many wall times cheaply: one Intl call per distinct offset instead of per time.
 */
export function zoneOffsetMs(epochMs: number, timeZone: string): number {
  return offsetAt(epochMs, timeZone);
}
