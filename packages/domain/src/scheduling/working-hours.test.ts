import { describe, expect, it } from "vitest";
import { workingIntervals } from "./working-hours";

const iso = (intervals: { start: Date; end: Date }[]) => intervals.map(({ start, end }) => [start.toISOString(), end.toISOString()]);

describe("workingIntervals", () => {
  it("keeps 09:00–17:00 local on New York's spring-forward and fall-back days", () => {
    const hours = [{ weekday: 7, start: "09:00", end: "17:00" }];
    expect(iso(workingIntervals(hours, [], "2027-03-14", "America/New_York"))).toEqual([["2027-03-14T13:00:00.000Z", "2027-03-14T21:00:00.000Z"]]);
    expect(iso(workingIntervals(hours, [], "2027-11-07", "America/New_York"))).toEqual([["2027-11-07T14:00:00.000Z", "2027-11-07T22:00:00.000Z"]]);
  });

  it("unites overlapping hours and extra hours, then takes time off out", () => {
    const hours = [
      { weekday: 1, start: "08:00", end: "12:00" },
      { weekday: 1, start: "11:00", end: "13:00" },
      { weekday: 2, start: "06:00", end: "07:00" },
    ];
    const exceptions = [
      { date: "2027-01-18", kind: "extra_hours" as const, start: "13:00", end: "14:00" },
      { date: "2027-01-18", kind: "time_off" as const, start: "09:00", end: "10:00" },
      { date: "2027-01-19", kind: "time_off" as const, start: null, end: null },
    ];
    expect(iso(workingIntervals(hours, exceptions, "2027-01-18", "America/Chicago"))).toEqual([
      ["2027-01-18T14:00:00.000Z", "2027-01-18T15:00:00.000Z"],
      ["2027-01-18T16:00:00.000Z", "2027-01-18T20:00:00.000Z"],
    ]);
    expect(workingIntervals(hours, exceptions, "2027-01-19", "America/Chicago")).toEqual([]);
  });

  it("applies effective dates inclusively and ignores an end before the start", () => {
    const hours = [
      { weekday: 1, start: "09:00", end: "10:00", effectiveFrom: "2027-01-18", effectiveTo: "2027-01-18" },
      { weekday: 1, start: "15:00", end: "14:00" },
    ];
    expect(workingIntervals(hours, [], "2027-01-18", "Asia/Kolkata")).toHaveLength(1);
    expect(workingIntervals(hours, [], "2027-01-25", "Asia/Kolkata")).toEqual([]);
    expect(() => workingIntervals([{ weekday: 1, start: "9:00", end: "10:00" }], [], "2027-01-18", "UTC")).toThrow(RangeError);
  });

  it("takes a partial-day closure out of the hours on New York's spring-forward day, in local time", () => {
    const hours = [{ weekday: 7, start: "09:00", end: "17:00" }];
    const closures = [{ date: "2027-03-14", start: "12:00", end: "14:00" }];
    // EDT (UTC−4) from 03:00 that day: 12:00–14:00 local is 16:00–18:00 UTC.
    expect(iso(workingIntervals(hours, [], "2027-03-14", "America/New_York", closures))).toEqual([
      ["2027-03-14T13:00:00.000Z", "2027-03-14T16:00:00.000Z"],
      ["2027-03-14T18:00:00.000Z", "2027-03-14T21:00:00.000Z"],
    ]);
    // The week after keeps its full day: a closure is one date only.
    expect(workingIntervals(hours, [], "2027-03-21", "America/New_York", closures)).toHaveLength(1);
  });

  it("closes the whole day over weekly hours and extra hours alike", () => {
    const hours = [{ weekday: 4, start: "09:00", end: "17:00" }];
    const extra = [{ date: "2026-11-26", kind: "extra_hours" as const, start: "17:00", end: "19:00" }];
    const thanksgiving = [{ date: "2026-11-26", start: null, end: null }];
    expect(workingIntervals(hours, extra, "2026-11-26", "America/Chicago", thanksgiving)).toEqual([]);
    expect(iso(workingIntervals(hours, extra, "2026-11-26", "America/Chicago"))).toEqual([["2026-11-26T15:00:00.000Z", "2026-11-27T01:00:00.000Z"]]);
  });
});
