import { describe, expect, it } from "vitest";
import { wallClockToInstant } from "../time/zoned-time";
import { noShowRate, providerUtilisation, type Workplace } from "./utilisation";

const CHICAGO = "America/Chicago";
const at = (date: string, time: string, zone = CHICAGO) => wallClockToInstant(date, time, zone).getTime();
const weekdays = (start: string, end: string) => [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start, end }));

const austin: Workplace = { timeZone: CHICAGO, weeklyHours: weekdays("09:00", "17:00"), exceptions: [] };

describe("providerUtilisation", () => {
  // 2027-03-08 is a Monday.
  it("divides held time by working time over the local dates", () => {
    const held = [{ startMs: at("2027-03-08", "09:00"), endMs: at("2027-03-08", "11:00") }];
    expect(providerUtilisation([austin], held, { from: "2027-03-08", to: "2027-03-09" })).toEqual({
      workingMinutes: 16 * 60,
      bookedMinutes: 120,
      ratio: 120 / 960,
    });
  });

  it("counts only held time inside working time, and overlapping holds once", () => {
    const held = [
      { startMs: at("2027-03-08", "08:00"), endMs: at("2027-03-08", "09:30") }, // 30 minutes inside
      { startMs: at("2027-03-08", "09:15"), endMs: at("2027-03-08", "10:00") }, // overlaps the first
      { startMs: at("2027-03-08", "18:00"), endMs: at("2027-03-08", "19:00") }, // after hours
      { startMs: at("2027-03-13", "10:00"), endMs: at("2027-03-13", "11:00") }, // Saturday: no hours
    ];
    expect(providerUtilisation([austin], held, { from: "2027-03-08", to: "2027-03-14" })).toMatchObject({
      workingMinutes: 5 * 8 * 60,
      bookedMinutes: 60,
    });
  });

  it("uses the slot engine's rule: whole-day time off and extra hours change the working time", () => {
    const withExceptions: Workplace = {
      ...austin,
      exceptions: [
        { date: "2027-03-08", kind: "time_off", start: null, end: null },
        { date: "2027-03-13", kind: "extra_hours", start: "10:00", end: "12:00" },
      ],
    };
    expect(providerUtilisation([withExceptions], [], { from: "2027-03-08", to: "2027-03-14" })).toEqual({
      workingMinutes: 4 * 8 * 60 + 120,
      bookedMinutes: 0,
      ratio: 0,
    });
  });

  it("adds the hours of every workplace, each in its own zone, across a DST change", () => {
    const elPaso: Workplace = { timeZone: "America/Denver", weeklyHours: [{ weekday: 7, start: "00:00", end: "23:59" }], exceptions: [] };
    // Sunday 2027-03-14 in Denver loses an hour at 02:00: 23 h 59 min of wall time hold 22 h 59 min.
    expect(providerUtilisation([elPaso], [], { from: "2027-03-14", to: "2027-03-14" }).workingMinutes).toBe(22 * 60 + 59);
    expect(providerUtilisation([austin, elPaso], [], { from: "2027-03-08", to: "2027-03-14" }).workingMinutes).toBe(5 * 480 + 22 * 60 + 59);
  });

  it("has no ratio without working time", () => {
    expect(providerUtilisation([], [{ startMs: 0, endMs: 60_000 }], { from: "2027-03-08", to: "2027-03-21" })).toEqual({
      workingMinutes: 0,
      bookedMinutes: 0,
      ratio: null,
    });
  });
});

describe("noShowRate", () => {
  it("counts no-shows over every visit that was due, leaving cancelled ones out", () => {
    expect(noShowRate({ completed: 6, checked_in: 1, no_show: 2, booked: 1, cancelled: 5 })).toEqual({ noShows: 2, visits: 10, rate: 0.2 });
  });

  it("has no rate when nothing was due", () => {
    expect(noShowRate({ cancelled: 3 })).toEqual({ noShows: 0, visits: 0, rate: null });
  });
});
