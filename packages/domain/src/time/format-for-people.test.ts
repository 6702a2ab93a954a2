import { describe, expect, it } from "vitest";
import {
  describeTimeZone,
  formatCalendarDate,
  formatInstantInZone,
  formatTimeInZone,
  formatWallClock,
  noonOf,
  weekdayName,
} from "./format-for-people";

describe("formatInstantInZone", () => {
  const instant = new Date("2026-03-03T15:00:00Z");

  it("shows the same instant in each location's zone and names the zone", () => {
    expect(formatInstantInZone(instant, "America/Chicago")).toBe("Tuesday, March 3, 2026 at 9:00 AM CST");
    expect(formatInstantInZone(instant, "America/Denver")).toBe("Tuesday, March 3, 2026 at 8:00 AM MST");
  });

  it("follows daylight saving time", () => {
    expect(formatInstantInZone(new Date("2026-07-01T15:00:00Z"), "America/Chicago")).toContain("10:00 AM CDT");
  });

  it("includes the zone abbreviation in the short form too", () => {
    expect(formatInstantInZone(new Date("2026-11-25T15:30:00Z"), "America/Chicago", "short")).toContain("CST");
  });
});

describe("formatTimeInZone", () => {
  it("shows the wall-clock time of each location", () => {
    const instant = new Date("2026-11-25T15:30:00Z");
    expect(formatTimeInZone(instant, "America/Chicago")).toBe("9:30 AM");
    expect(formatTimeInZone(instant, "America/Denver")).toBe("8:30 AM");
  });
});

describe("describeTimeZone", () => {
  it("gives the everyday name and the IANA id", () => {
    expect(describeTimeZone("America/Chicago")).toBe("Central Time (America/Chicago)");
    expect(describeTimeZone("America/Denver")).toBe("Mountain Time (America/Denver)");
  });

  it("names one day's zone, following daylight saving", () => {
    expect(describeTimeZone("America/Chicago", noonOf("2026-11-25"), "specific")).toBe("Central Standard Time (America/Chicago)");
    expect(describeTimeZone("America/Denver", noonOf("2026-07-01"), "specific")).toBe("Mountain Daylight Time (America/Denver)");
  });
});

describe("formatWallClock", () => {
  it("turns 24-hour opening times into 12-hour times", () => {
    expect(formatWallClock("08:00")).toBe("8:00 AM");
    expect(formatWallClock("12:30")).toBe("12:30 PM");
    expect(formatWallClock("00:15")).toBe("12:15 AM");
    expect(formatWallClock("17:45")).toBe("5:45 PM");
  });
});

describe("formatCalendarDate", () => {
  it("does not shift a calendar date by a zone", () => {
    expect(formatCalendarDate("2026-01-01")).toBe("January 1, 2026");
    expect(formatCalendarDate("2026-11-25", "full")).toBe("Wednesday, November 25, 2026");
  });
});

describe("weekdayName", () => {
  it("counts ISO weekdays from Monday", () => {
    expect(weekdayName(1)).toBe("Monday");
    expect(weekdayName(7)).toBe("Sunday");
  });
});
