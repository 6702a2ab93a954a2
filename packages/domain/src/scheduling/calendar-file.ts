import { CLINIC_PROFILE } from "../clinic/clinic-profile";
import { zoneOffsetMs } from "../time/zoned-time";
import { type OffsetTransition, offsetTransitions } from "./zone-transitions";

/** What goes into an appointment's .ics file. */
export type CalendarEvent = {
  /** Stable across changes of the same appointment, e.g. "<appointment id>@riverbend-clinic". */
  uid: string;
  /** Bumped on each change (reschedule, cancel) so calendars replace the old copy. */
  sequence: number;
  start: Date;
  end: Date;
  /** The location's IANA zone: DTSTART/DTEND carry TZID and a VTIMEZONE is included. */
  timeZone: string;
  summary: string;
  description: string;
  location: string;
  status: "CONFIRMED" | "CANCELLED";
  /** DTSTAMP. */
  now: Date;
  url?: string;
  organizer?: { name: string; email: string };
};

const CRLF = "\r\n";
const MAX_LINE_OCTETS = 75;

/**
 * An RFC 5545 VCALENDAR with one VEVENT (CRLF line ends, lines folded at 75 octets, text escaped).
 * DTSTART/DTEND are local times with TZID, and a VTIMEZONE describes the zone's offsets around the
 * event, so calendars show the visit at the location's wall-clock time even across DST.
 */
export function calendarFile(event: CalendarEvent): string {
  const lines = [
    "BEGIN:VCALENDAR",
    `PRODID:-//${escapeText(CLINIC_PROFILE.name)}//Patient portal//EN`,
    "VERSION:2.0",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    ...timeZoneLines(event.timeZone, event.start, event.end),
    "BEGIN:VEVENT",
    `UID:${escapeText(event.uid)}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTAMP:${utcStamp(event.now)}`,
    `DTSTART;TZID=${tzidParameter(event.timeZone)}:${localStamp(event.start, event.timeZone)}`,
    `DTEND;TZID=${tzidParameter(event.timeZone)}:${localStamp(event.end, event.timeZone)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    `LOCATION:${escapeText(event.location)}`,
    `STATUS:${event.status}`,
    ...(event.url ? [`URL:${event.url}`] : []),
    ...(event.organizer ? [`ORGANIZER;CN=${parameterValue(event.organizer.name)}:mailto:${event.organizer.email}`] : []),
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/**
 * The VTIMEZONE for the event's zone: one observance per offset change from the last change before
 * the event's (local) year through the end of its last year, so every instant of those years maps to
 * the right offset. A zone without changes then (e.g. America/Phoenix) gets a single STANDARD.
 */
function timeZoneLines(timeZone: string, start: Date, end: Date): string[] {
  const firstYear = Number(localStamp(start, timeZone).slice(0, 4));
  const lastYear = Number(localStamp(end, timeZone).slice(0, 4));
  const yearStart = Date.UTC(firstYear, 0, 1) - 14 * 3_600_000;
  const all = offsetTransitions(timeZone, Date.UTC(firstYear - 1, 0, 1), Date.UTC(lastYear + 1, 0, 1) + 14 * 3_600_000);
  const before = all.filter((transition) => transition.at <= yearStart);
  const during = all.filter((transition) => transition.at > yearStart);
  const observances = [...before.slice(-1), ...during];

  const lines = ["BEGIN:VTIMEZONE", `TZID:${escapeText(timeZone)}`];
  if (observances.length === 0) {
    const offset = zoneOffsetMs(start.getTime(), timeZone);
    lines.push(
      "BEGIN:STANDARD",
      "DTSTART:19700101T000000",
      `TZOFFSETFROM:${utcOffset(offset)}`,
      `TZOFFSETTO:${utcOffset(offset)}`,
      ...zoneNameLine(start.getTime(), timeZone),
      "END:STANDARD",
    );
  }
  for (const transition of observances) lines.push(...observanceLines(transition, timeZone));
  lines.push("END:VTIMEZONE");
  return lines;
}

function observanceLines(transition: OffsetTransition, timeZone: string): string[] {
  // Moving the clocks forward starts daylight time; back, standard time.
  const kind = transition.offsetTo > transition.offsetFrom ? "DAYLIGHT" : "STANDARD";
  return [
    `BEGIN:${kind}`,
    // RFC 5545: the onset is given in the local time in force before the change.
    `DTSTART:${wallStamp(transition.at + transition.offsetFrom)}`,
    `TZOFFSETFROM:${utcOffset(transition.offsetFrom)}`,
    `TZOFFSETTO:${utcOffset(transition.offsetTo)}`,
    ...zoneNameLine(transition.at, timeZone),
    `END:${kind}`,
  ];
}

const zoneNameFormatters = new Map<string, Intl.DateTimeFormat>();

/** TZNAME from the runtime's short name (CST, CDT; "GMT+5:30" where it has no abbreviation). */
function zoneNameLine(epochMs: number, timeZone: string): string[] {
  let formatter = zoneNameFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "short" });
    zoneNameFormatters.set(timeZone, formatter);
  }
  const name = formatter.formatToParts(new Date(epochMs)).find((part) => part.type === "timeZoneName")?.value;
  return name ? [`TZNAME:${escapeText(name)}`] : [];
}

/** ±HHMM (±HHMMSS for historic second offsets). */
function utcOffset(offsetMs: number): string {
  const sign = offsetMs < 0 ? "-" : "+";
  const seconds = Math.abs(Math.round(offsetMs / 1000));
  const hhmm = `${pad(Math.floor(seconds / 3600))}${pad(Math.floor((seconds % 3600) / 60))}`;
  return seconds % 60 === 0 ? `${sign}${hhmm}` : `${sign}${hhmm}${pad(seconds % 60)}`;
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, "0");
}

/** YYYYMMDDTHHMMSS of a wall clock given as "wall time read as UTC" milliseconds. */
function wallStamp(wallAsUtc: number): string {
  const wall = new Date(wallAsUtc);
  return (
    `${pad(wall.getUTCFullYear(), 4)}${pad(wall.getUTCMonth() + 1)}${pad(wall.getUTCDate())}` +
    `T${pad(wall.getUTCHours())}${pad(wall.getUTCMinutes())}${pad(wall.getUTCSeconds())}`
  );
}

function localStamp(instant: Date, timeZone: string): string {
  const epochMs = Math.floor(instant.getTime() / 1000) * 1000;
  return wallStamp(epochMs + zoneOffsetMs(epochMs, timeZone));
}

function utcStamp(instant: Date): string {
  return `${wallStamp(Math.floor(instant.getTime() / 1000) * 1000)}Z`;
}

/** TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
function escapeText(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r\n|\r|\n/g, "\\n");
}

/** A parameter value cannot hold DQUOTE or control characters; quote it when it has : ; or , (§3.2). */
function parameterValue(value: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = value.replace(/["\u0000-\u001f\u007f]/g, "");
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}

function tzidParameter(timeZone: string): string {
  return parameterValue(timeZone);
}

const encoder = new TextEncoder();

/** Folds a content line into 75-octet pieces (continuations start with a space), never splitting a character. */
function foldLine(line: string): string {
  if (encoder.encode(line).length <= MAX_LINE_OCTETS) return line;
  const pieces: string[] = [];
  let piece = "";
  let octets = 0;
  let limit = MAX_LINE_OCTETS;
  for (const character of line) {
    const size = encoder.encode(character).length;
    if (octets + size > limit) {
      pieces.push(piece);
      piece = "";
      octets = 0;
      limit = MAX_LINE_OCTETS - 1; // the leading space counts
    }
    piece += character;
    octets += size;
  }
  pieces.push(piece);
  return pieces.join(`${CRLF} `);
}
