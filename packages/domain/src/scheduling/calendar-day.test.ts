import { describe, expect, it } from "vitest";
import { calendarDays, hourLabel, minuteOfCalendarDay, startingWithin, visitsByProviderByStart, weekStarting } from "./calendar-day";
import type { ProviderAvailability } from "./bookable-slots";

const NEW_YORK = "America/New_York";
const sundays: ProviderAvailability = {
  providerId: "p1",
  weeklyHours: [{ weekday: 7, start: "09:00", end: "17:00" }],
  exceptions: [],
  busy: [],
};
const visit = (startIso: string, minutes: number, extra: Partial<{ providerId: string; before: number; after: number }> = {}) => ({
  id: startIso,
  providerId: extra.providerId ?? "p1",
  startMs: Date.parse(startIso),
  endMs: Date.parse(startIso) + minutes * 60_000,
  bufferBeforeMinutes: extra.before ?? 0,
  bufferAfterMinutes: extra.after ?? 0,
});

describe("calendarDays", () => {
  it("draws New York's spring-forward day 2027-03-14 as 23 hours with no 2 AM", () => {
    const [day] = calendarDays({
      timeZone: NEW_YORK,
      from: "2027-03-14",
      to: "2027-03-14",
      providers: [sundays],
      visits: [visit("2027-03-14T13:00:00Z", 30), visit("2027-03-14T04:30:00Z", 30), visit("2027-03-15T04:00:00Z", 30)],
    });
    expect(day).toMatchObject({ date: "2027-03-14", startMs: Date.parse("2027-03-14T05:00:00Z"), endMs: Date.parse("2027-03-15T04:00:00Z"), lengthMinutes: 1380 });
    expect(day?.hourMarks).toHaveLength(23);
    expect(day?.hourMarks.slice(0, 4)).toEqual([
      { minute: 0, wallMinute: 0 },
      { minute: 60, wallMinute: 60 },
      { minute: 120, wallMinute: 180 },
      { minute: 180, wallMinute: 240 },
    ]);
    const column = day?.columns[0];
    // 09:00 EDT is eight elapsed hours after midnight EST.
    expect(column?.working).toEqual([{ startMinute: 480, endMinute: 960 }]);
    expect(column?.visits.map((v) => [v.id, v.startMinute, v.endMinute])).toEqual([["2027-03-14T13:00:00Z", 480, 510]]);
  });

  it("draws New York's fall-back day 2027-11-07 as 25 hours with 1 AM twice, time off and buffers", () => {
    const [day] = calendarDays({
      timeZone: NEW_YORK,
      from: "2027-11-07",
      to: "2027-11-07",
      providers: [{ ...sundays, exceptions: [{ date: "2027-11-07", kind: "time_off", start: "12:00", end: "13:00" }] }],
      visits: [visit("2027-11-07T14:00:00Z", 30, { before: 10, after: 15 }), visit("2027-11-07T15:00:00Z", 30, { providerId: "p2" })],
    });
    expect(day).toMatchObject({ startMs: Date.parse("2027-11-07T04:00:00Z"), endMs: Date.parse("2027-11-08T05:00:00Z"), lengthMinutes: 1500 });
    expect(day?.hourMarks).toHaveLength(25);
    expect(day?.hourMarks.slice(1, 4).map((mark) => hourLabel(mark.wallMinute))).toEqual(["1 AM", "1 AM", "2 AM"]);
    const column = day?.columns[0];
    expect(column?.working).toEqual([
      { startMinute: 600, endMinute: 780 },
      { startMinute: 840, endMinute: 1080 },
    ]);
    expect(column?.timeOff).toEqual([{ startMinute: 780, endMinute: 840 }]);
    expect(column?.buffers).toEqual([
      { startMinute: 590, endMinute: 600 },
      { startMinute: 630, endMinute: 645 },
    ]);
    expect(column?.visits.map((v) => v.startMinute)).toEqual([600]);
  });

  it("gives a week seven days, a whole day off spanning the day and nothing worked that day", () => {
    const days = calendarDays({
      timeZone: NEW_YORK,
      from: "2027-03-08",
      to: "2027-03-14",
      providers: [{ ...sundays, exceptions: [{ date: "2027-03-14", kind: "time_off", start: null, end: null }] }],
      visits: [],
    });
    expect(days.map((d) => [d.date, d.lengthMinutes])).toEqual([
      ["2027-03-08", 1440],
      ["2027-03-09", 1440],
      ["2027-03-10", 1440],
      ["2027-03-11", 1440],
      ["2027-03-12", 1440],
      ["2027-03-13", 1440],
      ["2027-03-14", 1380],
    ]);
    expect(days[6]?.columns[0]).toMatchObject({ working: [], timeOff: [{ startMinute: 0, endMinute: 1380 }] });
  });
});

describe("calendarDays and location closures", () => {
  it("draws a closure of the location as time off, whole-day or part of the day, and not as worked time", () => {
    const days = calendarDays({
      timeZone: NEW_YORK,
      from: "2027-03-07",
      to: "2027-03-14",
      providers: [{ ...sundays, closures: [{ date: "2027-03-07", start: null, end: null }, { date: "2027-03-14", start: "08:00", end: "12:00" }] }],
      visits: [],
    });
    expect(days[0]?.columns[0]).toMatchObject({ working: [], timeOff: [{ startMinute: 0, endMinute: 1440 }] });
    // Spring-forward day: 08:00–12:00 EDT is 7 to 11 elapsed hours after midnight EST.
    expect(days[7]?.columns[0]).toMatchObject({ working: [{ startMinute: 660, endMinute: 960 }], timeOff: [{ startMinute: 420, endMinute: 660 }] });
  });
});

describe("calendarDays' visits", () => {
  it("puts every visit in its provider's column of the local date it starts, by start, as a filter of all visits would", () => {
    const providers = ["p1", "p2", "p3"].map((providerId) => ({ ...sundays, providerId }));
    // A pseudo-random fortnight around the fall-back day: starts on quarter hours, some tied, some at midnight.
    let seed = 7;
    const next = () => (seed = (seed * 48_271) % 2_147_483_647);
    const firstMs = Date.parse("2027-10-31T00:00:00Z");
    const starts = [...Array.from({ length: 400 }, () => firstMs + (next() % (16 * 96)) * 15 * 60_000), Date.parse("2027-11-07T04:00:00Z"), Date.parse("2027-11-08T05:00:00Z")];
    const visits = starts.map((startMs, index) => ({
      ...visit(new Date(startMs).toISOString(), 30),
      id: `v${index}`,
      providerId: index >= 400 ? "p1" : (providers[next() % 4]?.providerId ?? "nobody"),
    }));
    const days = calendarDays({ timeZone: NEW_YORK, from: "2027-11-01", to: "2027-11-14", providers, visits });
    const byStart = [...visits].sort((a, b) => a.startMs - b.startMs);
    for (const day of days) {
      for (const column of day.columns) {
        const oracle = byStart.filter((v) => v.providerId === column.providerId && v.startMs >= day.startMs && v.startMs < day.endMs);
        expect(column.visits.map((v) => v.id)).toEqual(oracle.map((v) => v.id));
      }
    }
    expect(days.reduce((sum, day) => sum + day.columns.reduce((n, column) => n + column.visits.length, 0), 0)).toBeGreaterThan(200);
  });
});

describe("calendar helpers", () => {
  it("groups visits by provider in start order, ties in the order given", () => {
    const early = visit("2027-03-14T13:00:00Z", 30);
    const tied = { ...visit("2027-03-14T13:00:00Z", 30), id: "tied" };
    const late = visit("2027-03-14T15:00:00Z", 30);
    const other = visit("2027-03-14T14:00:00Z", 30, { providerId: "p2" });
    const grouped = visitsByProviderByStart([late, early, other, tied]);
    expect([...grouped.keys()]).toEqual(["p1", "p2"]);
    expect(grouped.get("p1")?.map((v) => v.id)).toEqual([early.id, "tied", late.id]);
    expect(grouped.get("p2")).toEqual([other]);
  });

  it("finds the visits starting in a half-open span", () => {
    const byStart = [0, 10, 10, 20, 30].map((startMs, index) => ({ id: index, providerId: "p1", startMs, endMs: startMs + 5, bufferBeforeMinutes: 0, bufferAfterMinutes: 0 }));
    expect(startingWithin(byStart, 10, 30).map((v) => v.id)).toEqual([1, 2, 3]);
    expect(startingWithin(byStart, -5, 1).map((v) => v.id)).toEqual([0]);
    expect(startingWithin(byStart, 31, 40)).toEqual([]);
    expect(startingWithin([], 0, 10)).toEqual([]);
  });

  it("places now on its day only", () => {
    const day = { startMs: 1_000_000, endMs: 1_000_000 + 1380 * 60_000 };
    expect(minuteOfCalendarDay(day, 1_000_000 + 90 * 60_000)).toBe(90);
    expect(minuteOfCalendarDay(day, day.endMs)).toBeNull();
  });

  it("labels hours on a 12-hour clock and starts weeks on Monday", () => {
    expect([0, 60, 720, 780, 1380].map(hourLabel)).toEqual(["12 AM", "1 AM", "12 PM", "1 PM", "11 PM"]);
    expect(weekStarting("2027-03-14")).toEqual({ from: "2027-03-08", to: "2027-03-14" });
    expect(weekStarting("2027-03-08")).toEqual({ from: "2027-03-08", to: "2027-03-14" });
  });
});
