import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { type CalendarEvent, calendarFile } from "./calendar-file";

function event(overrides: Partial<CalendarEvent> = {}): CalendarEvent {
  return {
    uid: "7f3c2a10-0000-4000-8000-000000000001@riverbend-clinic",
    sequence: 0,
    start: new Date("2027-01-12T15:00:00Z"),
    end: new Date("2027-01-12T15:45:00Z"),
    timeZone: "America/Chicago",
    summary: "Physical therapy with Dr. Ana Ruiz, DPT",
    description: "Please arrive 10 minutes early.\nBring your insurance card; wear loose clothing.",
    location: "Riverbend Downtown, 100 Main St, Austin, TX",
    status: "CONFIRMED",
    now: new Date("2027-01-02T12:00:00Z"),
    ...overrides,
  };
}

/** Parses the file with ical.js and turns DTSTART/DTEND into instants using only the file's own VTIMEZONE. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vtimezone = calendar.getFirstSubcomponent("vtimezone");
  const vevent = calendar.getFirstSubcomponent("vevent");
  if (!vtimezone || !vevent) throw new Error("The file has no VTIMEZONE or no VEVENT.");
  const zone = new ICAL.Timezone(vtimezone);
  const parsed = new ICAL.Event(vevent);
  const instant = (time: ICAL.Time) => new Date(Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second) - zone.utcOffset(time) * 1000);
  return { calendar, vtimezone, vevent, zone, parsed, start: instant(parsed.startDate), end: instant(parsed.endDate) };
}

describe("calendarFile", () => {
  it.each([
    ["America/Chicago in winter (CST)", "America/Chicago", "2027-01-12T15:00:00Z", "20270112T090000"],
    ["America/Chicago in summer (CDT)", "America/Chicago", "2027-07-06T14:00:00Z", "20270706T090000"],
    ["America/Phoenix, which keeps no DST", "America/Phoenix", "2027-07-06T16:00:00Z", "20270706T090000"],
    ["Australia/Lord_Howe, whose DST is half an hour", "Australia/Lord_Howe", "2027-01-11T22:00:00Z", "20270112T090000"],
    ["America/Denver on the spring-forward day", "America/Denver", "2027-03-14T15:00:00Z", "20270314T090000"],
  ])("gives the instant back through its VTIMEZONE: %s", (_label, timeZone, startIso, localStart) => {
    const start = new Date(startIso);
    const end = new Date(start.getTime() + 45 * 60_000);
    const text = calendarFile(event({ timeZone, start, end }));
    const { parsed, start: parsedStart, end: parsedEnd, vevent } = parse(text);
    expect(vevent.getFirstProperty("dtstart")?.getParameter("tzid")).toBe(timeZone);
    expect(text).toContain(`DTSTART;TZID=${timeZone}:${localStart}\r\n`);
    expect(parsed.startDate.toString()).toBe(`${localStart.slice(0, 4)}-${localStart.slice(4, 6)}-${localStart.slice(6, 8)}T${localStart.slice(9, 11)}:${localStart.slice(11, 13)}:00`);
    expect(parsedStart.toISOString()).toBe(start.toISOString());
    expect(parsedEnd.toISOString()).toBe(end.toISOString());
  });

  it("describes Chicago's two changes of the year and the one before it", () => {
    const { vtimezone } = parse(calendarFile(event({ start: new Date("2027-07-06T14:00:00Z"), end: new Date("2027-07-06T14:45:00Z") })));
    const observances = vtimezone.getAllSubcomponents().map((observance) => [
      observance.name,
      observance.getFirstPropertyValue("dtstart")?.toString(),
      observance.getFirstProperty("tzoffsetfrom")?.toICALString(),
      observance.getFirstProperty("tzoffsetto")?.toICALString(),
      observance.getFirstPropertyValue("tzname"),
    ]);
    expect(observances).toEqual([
      ["standard", "2026-11-01T02:00:00", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0600", "CST"],
      ["daylight", "2027-03-14T02:00:00", "TZOFFSETFROM:-0600", "TZOFFSETTO:-0500", "CDT"],
      ["standard", "2027-11-07T02:00:00", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0600", "CST"],
    ]);
  });

  it("gives a zone without DST a single STANDARD observance", () => {
    const { vtimezone } = parse(calendarFile(event({ timeZone: "America/Phoenix" })));
    const observances = vtimezone.getAllSubcomponents();
    expect(observances.map((observance) => observance.name)).toEqual(["standard"]);
    expect(observances[0]?.getFirstProperty("tzoffsetto")?.toICALString()).toBe("TZOFFSETTO:-0700");
  });

  it("carries the event's fields, with text escaped and read back unchanged", () => {
    const details = event({
      sequence: 3,
      status: "CANCELLED",
      summary: "Massage; 60 min, deep tissue \\ relaxation",
      url: "https://portal.example.com/appointments/7f3c2a10",
      organizer: { name: "Riverbend Pain & Wellness, Front desk", email: "frontdesk@example.com" },
    });
    const text = calendarFile(details);
    const { calendar, parsed, vevent } = parse(text);
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(calendar.getFirstPropertyValue("method")).toBe("PUBLISH");
    expect(calendar.getFirstPropertyValue("calscale")).toBe("GREGORIAN");
    expect(calendar.getFirstPropertyValue("prodid")).toContain("Riverbend");
    expect(parsed.uid).toBe(details.uid);
    expect(parsed.sequence).toBe(3);
    expect(parsed.summary).toBe(details.summary);
    expect(parsed.description).toBe(details.description);
    expect(parsed.location).toBe(details.location);
    expect(vevent.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(vevent.getFirstPropertyValue("url")).toBe(details.url);
    expect(vevent.getFirstPropertyValue("dtstamp")?.toString()).toBe("2027-01-02T12:00:00Z");
    const organizer = vevent.getFirstProperty("organizer");
    expect(organizer?.getFirstValue()).toBe("mailto:frontdesk@example.com");
    expect(organizer?.getParameter("cn")).toBe("Riverbend Pain & Wellness, Front desk");
    const unfolded = text.replace(/\r\n /g, "");
    expect(unfolded).toContain("SUMMARY:Massage\\; 60 min\\, deep tissue \\\\ relaxation\r\n");
    expect(unfolded).toContain("DESCRIPTION:Please arrive 10 minutes early.\\nBring your insurance card\\; wear loose clothing.\r\n");
  });

  it("ends lines with CRLF and folds them at 75 octets without splitting a character", () => {
    const summary = `Physical therapy — ${"évaluation complète ✓ ".repeat(8)}`;
    const text = calendarFile(event({ summary }));
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const lines = text.split("\r\n").slice(0, -1);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(" "))).toBe(true);
    expect(text.replace(/\r\n /g, "")).toContain(`SUMMARY:${summary.replace(/,/g, "\\,")}\r\n`);
    expect(parse(text).parsed.summary).toBe(summary);
  });
});
