import { describe, expect, it } from "vitest";
import { addCalendarDays, dayBoundsInZone, isoWeekday, isValidTimeZone, todayInZone, toZonedIsoString, wallClockToInstant, zoneOffsetMs } from "./zoned-time";

const HOUR = 3_600_000;

describe("dayBoundsInZone", () => {
  it("is 24 hours on an ordinary Chicago day (CST = UTC-6)", () => {
    const { start, end } = dayBoundsInZone("2026-01-15", "America/Chicago");
    expect(start.toISOString()).toBe("2026-01-15T06:00:00.000Z");
    expect(end.toISOString()).toBe("2026-01-16T06:00:00.000Z");
  });

  it("is 23 hours on the spring-forward day 2026-03-08 in America/Chicago", () => {
    const { start, end } = dayBoundsInZone("2026-03-08", "America/Chicago");
    expect(start.toISOString()).toBe("2026-03-08T06:00:00.000Z");
    expect(end.toISOString()).toBe("2026-03-09T05:00:00.000Z");
    expect(end.getTime() - start.getTime()).toBe(23 * HOUR);
  });

  it("is 25 hours on the fall-back day 2026-11-01 in America/Chicago", () => {
    const { start, end } = dayBoundsInZone("2026-11-01", "America/Chicago");
    expect(start.toISOString()).toBe("2026-11-01T05:00:00.000Z");
    expect(end.toISOString()).toBe("2026-11-02T06:00:00.000Z");
    expect(end.getTime() - start.getTime()).toBe(25 * HOUR);
  });

  it("follows America/Denver for the El Paso location", () => {
    const { start, end } = dayBoundsInZone("2026-03-08", "America/Denver");
    expect(start.toISOString()).toBe("2026-03-08T07:00:00.000Z");
    expect(end.toISOString()).toBe("2026-03-09T06:00:00.000Z");
  });

  it("crosses month and year ends", () => {
    expect(dayBoundsInZone("2026-12-31", "America/Chicago").end.toISOString()).toBe("2027-01-01T06:00:00.000Z");
  });

  it("refuses a date that does not exist", () => {
    expect(() => dayBoundsInZone("2026-02-30", "America/Chicago")).toThrow(RangeError);
    expect(() => dayBoundsInZone("03/08/2026", "America/Chicago")).toThrow(RangeError);
  });
});

describe("wallClockToInstant", () => {
  it("moves a time in the spring-forward gap forward by the gap", () => {
    expect(wallClockToInstant("2026-03-08", "02:30", "America/Chicago").toISOString()).toBe("2026-03-08T08:30:00.000Z");
  });

  it("takes the earlier of the two instants of a repeated fall-back time", () => {
    expect(wallClockToInstant("2026-11-01", "01:30", "America/Chicago").toISOString()).toBe("2026-11-01T06:30:00.000Z");
  });

  it("uses daylight time after the spring change", () => {
    expect(wallClockToInstant("2026-03-08", "09:00", "America/Chicago").toISOString()).toBe("2026-03-08T14:00:00.000Z");
  });
});

describe("todayInZone", () => {
  it("is still the previous day in Chicago just after midnight UTC", () => {
    expect(todayInZone("America/Chicago", new Date("2026-03-09T04:59:00Z"))).toBe("2026-03-08");
    expect(todayInZone("America/Chicago", new Date("2026-03-09T05:00:00Z"))).toBe("2026-03-09");
  });

  it("differs between the two clinic zones around midnight", () => {
    const now = new Date("2026-06-01T05:30:00Z"); // 00:30 CDT, 23:30 MDT
    expect(todayInZone("America/Chicago", now)).toBe("2026-06-01");
    expect(todayInZone("America/Denver", now)).toBe("2026-05-31");
  });
});

describe("addCalendarDays and isValidTimeZone", () => {
  it("adds calendar days across a DST change and a leap day", () => {
    expect(addCalendarDays("2026-03-08", 1)).toBe("2026-03-09");
    expect(addCalendarDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addCalendarDays("2026-01-01", -1)).toBe("2025-12-31");
  });

  it("knows real zone names", () => {
    expect(isValidTimeZone("America/Chicago")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus_Mons")).toBe(false);
  });
});

describe("isoWeekday", () => {
  it("numbers Monday 1 to Sunday 7", () => {
    expect(isoWeekday("2026-03-09")).toBe(1);
    expect(isoWeekday("2026-03-08")).toBe(7);
  });
});

describe("toZonedIsoString", () => {
  it("shows local time with the offset in force on both New York transition days", () => {
    expect(toZonedIsoString(new Date("2027-03-14T13:00:00Z"), "America/New_York")).toBe("2027-03-14T09:00:00-04:00");
    expect(toZonedIsoString(new Date("2027-03-14T06:59:59Z"), "America/New_York")).toBe("2027-03-14T01:59:59-05:00");
    expect(toZonedIsoString(new Date("2027-11-07T14:00:00Z"), "America/New_York")).toBe("2027-11-07T09:00:00-05:00");
  });

  it("tells the two occurrences of a repeated fall-back time apart by their offset", () => {
    expect(toZonedIsoString(new Date("2027-11-07T05:30:00Z"), "America/New_York")).toBe("2027-11-07T01:30:00-04:00");
    expect(toZonedIsoString(new Date("2027-11-07T06:30:00Z"), "America/New_York")).toBe("2027-11-07T01:30:00-05:00");
  });

  it("writes +00:00 for UTC, half and quarter hours, and the local date across midnight", () => {
    expect(toZonedIsoString(new Date("2027-01-05T10:15:30.999Z"), "UTC")).toBe("2027-01-05T10:15:30+00:00");
    expect(toZonedIsoString(new Date("2027-01-05T20:00:00Z"), "Asia/Kolkata")).toBe("2027-01-06T01:30:00+05:30");
    expect(toZonedIsoString(new Date("2027-01-05T20:00:00Z"), "Asia/Kathmandu")).toBe("2027-01-06T01:45:00+05:45");
    expect(toZonedIsoString(new Date("2027-01-01T03:00:00Z"), "America/Denver")).toBe("2026-12-31T20:00:00-07:00");
  });

  it("names the same instant it was given", () => {
    const instant = new Date("2027-07-04T15:45:00Z");
    for (const zone of ["America/Chicago", "Australia/Lord_Howe", "Europe/London", "Pacific/Kiritimati"]) {
      expect(new Date(toZonedIsoString(instant, zone)).getTime()).toBe(instant.getTime());
    }
  });
});

describe("zoneOffsetMs", () => {
  it("is the offset in force at the instant", () => {
    expect(zoneOffsetMs(Date.parse("2027-03-14T06:59:59Z"), "America/New_York")).toBe(-5 * HOUR);
    expect(zoneOffsetMs(Date.parse("2027-03-14T07:00:00Z"), "America/New_York")).toBe(-4 * HOUR);
    expect(zoneOffsetMs(Date.parse("2027-01-01T00:00:00Z"), "Australia/Lord_Howe")).toBe(11 * HOUR);
  });

  const statingFormats = new Map<string, Intl.DateTimeFormat>();

  /** The offset as Intl states it, asked afresh each time (what zoneOffsetMs remembers per quarter hour). */
  function statedOffset(epochMs: number, timeZone: string): number {
    let format = statingFormats.get(timeZone);
    if (!format) {
      // Building a format is the slow part of asking Intl; one per zone keeps the test quick on a busy machine.
      format = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric" });
      statingFormats.set(timeZone, format);
    }
    const parts = Object.fromEntries(format.formatToParts(new Date(epochMs)).map((part) => [part.type, Number(part.value)]));
    return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!) - Math.floor(epochMs / 1000) * 1000;
  }

  it("stays exact around transitions whichever instants were asked first, including a historic one at an odd second", () => {
    const cases: [zone: string, around: string][] = [
      ["America/New_York", "2027-03-14T07:00:00Z"], // spring forward
      ["America/New_York", "2027-11-07T06:00:00Z"], // fall back
      ["Australia/Lord_Howe", "2027-04-03T15:00:00Z"], // a half-hour change
      ["Asia/Kolkata", "1905-12-31T18:38:50Z"], // +5:21:10 to +5:30, at an odd second
      ["Africa/Monrovia", "1972-01-07T00:44:30Z"], // −0:44:30 to UTC
    ];
    for (const [zone, around] of cases) {
      const center = Date.parse(around);
      // Out of order, so quarter hours are remembered before their neighbours are asked.
      const instants = [0, 3_599_000, -3_600_000, 899_000, -1_000, 1_000, -899_000, 449_000].map((delta) => center + delta);
      for (let step = -3_600_000; step <= 3_600_000; step += 7_000) instants.push(center + step);
      for (const instant of instants) expect(zoneOffsetMs(instant, zone)).toBe(statedOffset(instant, zone));
    }
  });
});
