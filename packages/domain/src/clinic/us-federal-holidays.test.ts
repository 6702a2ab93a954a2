import { describe, expect, it } from "vitest";
import { isoWeekday } from "../time/zoned-time";
import { usFederalHolidays } from "./us-federal-holidays";

describe("usFederalHolidays", () => {
  it("lists 2027 as OPM publishes it, with Saturday and Sunday dates observed on Friday and Monday", () => {
    expect(usFederalHolidays(2027).map(({ date }) => date)).toEqual([
      "2027-01-01",
      "2027-01-18",
      "2027-02-15",
      "2027-05-31",
      "2027-06-18", // Juneteenth is a Saturday
      "2027-07-05", // Independence Day is a Sunday
      "2027-09-06",
      "2027-10-11",
      "2027-11-11",
      "2027-11-25",
      "2027-12-24", // Christmas is a Saturday
      "2027-12-31", // New Year's Day 2028 is a Saturday
    ]);
  });

  it("does not list a New Year's Day observed in the year before", () => {
    // 2022-01-01 was a Saturday: observed 2021-12-31, so 2022 has no New Year's Day of its own.
    const dates = usFederalHolidays(2022).map(({ date }) => date);
    expect(dates).not.toContain("2021-12-31");
    expect(dates[0]).toBe("2022-01-17");
    expect(usFederalHolidays(2021).map(({ date }) => date)).toContain("2021-12-31");
  });

  it("puts every holiday of 2020–2040 on a weekday, Thanksgiving on the fourth Thursday", () => {
    for (let year = 2020; year <= 2040; year++) {
      const holidays = usFederalHolidays(year);
      for (const { date } of holidays) expect(isoWeekday(date)).toBeLessThanOrEqual(5);
      const thanksgiving = holidays.find(({ name }) => name === "Thanksgiving Day")!.date;
      expect(isoWeekday(thanksgiving)).toBe(4);
      expect(Number(thanksgiving.slice(8))).toBeGreaterThanOrEqual(22);
      expect(Number(thanksgiving.slice(8))).toBeLessThanOrEqual(28);
    }
    expect(usFederalHolidays(2026).find(({ name }) => name === "Thanksgiving Day")!.date).toBe("2026-11-26");
  });
});
