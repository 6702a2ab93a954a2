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

/** An RFC 5545 VCALENDAR with one VEVENT (CRLF line ends, lines folded at 75 octets, text escaped). */
export function calendarFile(event: CalendarEvent): string {
  void event;
  throw new Error("calendarFile: not implemented yet");
}
