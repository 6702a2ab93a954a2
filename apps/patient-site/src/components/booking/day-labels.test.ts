import { describe, expect, it } from "vitest";
import { calendarDayLabel, dayOfMonth, durationInWords, openingsShort, weekdayAndDate, windowLabel } from "./day-labels";

describe("calendar day labels", () => {
  it("starts with what the cell shows, then names the weekday and date", () => {
    expect(calendarDayLabel("2026-12-15", 6)).toBe("15, 6 open — Tuesday, December 15");
    expect(calendarDayLabel("2026-12-19", 1)).toBe("19, 1 open — Saturday, December 19");
    expect(calendarDayLabel("2026-12-20", 0)).toBe("20, no openings — Sunday, December 20");
    expect(calendarDayLabel("2027-01-01", 3, { showMonth: true })).toBe("Jan 1, 3 open — Friday, January 1");
  });

  it("shows a short count in the cell", () => {
    expect(openingsShort(12)).toBe("12 open");
    expect(openingsShort(0)).toBe("—");
  });

  it("never shifts a date, whatever the runtime's zone", () => {
    // Local dates of a location: 1 January stays 1 January (midnight-based formatting would show 31 December west of UTC).
    expect(weekdayAndDate("2027-01-01")).toBe("Friday, January 1");
    expect(dayOfMonth("2027-01-01")).toBe("1");
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
