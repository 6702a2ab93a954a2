import { describe, expect, it } from "vitest";
import { calendarDayLabel, dayOfMonth, durationInWords, openingsText, weekdayAndDate, windowLabel } from "./day-labels";

describe("calendar day labels", () => {
  it("names the weekday, date and number of openings", () => {
    expect(calendarDayLabel("2026-12-15", 6)).toBe("Tuesday, December 15 — 6 openings");
    expect(calendarDayLabel("2026-12-19", 1)).toBe("Saturday, December 19 — 1 opening");
    expect(calendarDayLabel("2026-12-20", 0)).toBe("Sunday, December 20 — no openings");
  });

  it("never shifts a date, whatever the runtime's zone", () => {
    // Local dates of a location: 1 January stays 1 January (midnight-based formatting would show 31 December west of UTC).
    expect(weekdayAndDate("2027-01-01")).toBe("Friday, January 1");
    expect(dayOfMonth("2027-01-01")).toBe("1");
  });

  it("counts openings in words", () => {
    expect(openingsText(0)).toBe("No openings");
    expect(openingsText(12)).toBe("12 openings");
  });

  it("describes a two-week window within one month and across years", () => {
    expect(windowLabel("2026-12-14", "2026-12-27")).toMatch(/^December 14\s*–\s*27, 2026$/);
    expect(windowLabel("2026-12-28", "2027-01-10")).toMatch(/^December 28, 2026\s*–\s*January 10, 2027$/);
  });
});

describe("durationInWords", () => {
  it("uses the largest whole unit", () => {
    expect(durationInWords(1440)).toBe("24 hours");
    expect(durationInWords(2880)).toBe("2 days");
    expect(durationInWords(60)).toBe("1 hour");
    expect(durationInWords(90)).toBe("90 minutes");
    expect(durationInWords(1)).toBe("1 minute");
  });
});
