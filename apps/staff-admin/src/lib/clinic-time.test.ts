import { describe, expect, it } from "vitest";
import { describeZone, formatCalendarDate, formatDateTime, formatTime, noonOf } from "./clinic-time";

describe("clinic time formatting", () => {
  const instant = new Date("2026-11-25T15:30:00Z");

  it("shows the wall-clock time of each location", () => {
    expect(formatTime(instant, "America/Chicago")).toBe("9:30 AM");
    expect(formatTime(instant, "America/Denver")).toBe("8:30 AM");
  });

  it("names the zone, following daylight saving", () => {
    expect(describeZone("America/Chicago", noonOf("2026-11-25"))).toBe("Central Standard Time (America/Chicago)");
    expect(describeZone("America/Denver", noonOf("2026-07-01"))).toBe("Mountain Daylight Time (America/Denver)");
  });

  it("formats a calendar date without shifting it by a zone", () => {
    expect(formatCalendarDate("2026-11-25")).toBe("Wednesday, November 25, 2026");
  });

  it("includes the zone abbreviation in date-times", () => {
    expect(formatDateTime(instant, "America/Chicago")).toContain("CST");
  });
});
