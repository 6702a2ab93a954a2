import { describe, expect, it } from "vitest";
import { wallClockToInstant } from "../time/zoned-time";
import { blockedTime, type ProviderAvailability } from "./bookable-slots";
import { locationClosureSchema, previewScheduleChange, scheduleExceptionSchema } from "./schedule-change";

const ZONE = "America/Chicago";
// Monday 2027-01-04, 08:00 in Austin: the preview runs 2027-01-04 … 2027-01-31.
const NOW = wallClockToInstant("2027-01-04", "08:00", ZONE);
const at = (date: string, time: string) => wallClockToInstant(date, time, ZONE);

function provider(providerId: string, visits: { start: Date; end: Date }[] = []): ProviderAvailability {
  return {
    providerId,
    weeklyHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: "09:00", end: "17:00" })),
    exceptions: [],
    busy: visits.map((visit) => blockedTime(visit.start.getTime(), visit.end.getTime(), 0, 0)),
  };
}

describe("previewScheduleChange", () => {
  const visit = { id: "visit-1", providerId: "p1", start: at("2027-01-06", "10:00"), end: at("2027-01-06", "10:30") };

  it("counts the slots a day off loses and lists the visit it strands", () => {
    const preview = previewScheduleChange({
      timeZone: ZONE,
      now: NOW,
      providers: [provider("p1", [visit]), provider("p2")],
      change: { kind: "exception", providerId: "p1", exception: { date: "2027-01-06", kind: "time_off", start: null, end: null } },
      visits: [visit],
    });
    // 09:00–17:00 holds 31 half-hour starts on quarter hours; the visit takes 09:45, 10:00 and 10:15.
    expect(preview.days).toEqual([{ providerId: "p1", date: "2027-01-06", before: 28, after: 0 }]);
    expect(preview).toMatchObject({ gained: 0, lost: 28, stranded: ["visit-1"] });
  });

  it("counts extra hours as gained and strands nothing", () => {
    const preview = previewScheduleChange({
      timeZone: ZONE,
      now: NOW,
      providers: [provider("p1")],
      change: { kind: "exception", providerId: "p1", exception: { date: "2027-01-07", kind: "extra_hours", start: "17:00", end: "18:00" } },
      visits: [],
    });
    expect(preview).toEqual({ days: [{ providerId: "p1", date: "2027-01-07", before: 31, after: 35 }], gained: 4, lost: 0, stranded: [] });
  });

  it("closes the location for every provider, a partial-day closure only for its hours", () => {
    const preview = previewScheduleChange({
      timeZone: ZONE,
      now: NOW,
      providers: [provider("p1", [visit]), provider("p2")],
      change: { kind: "closure", closure: { date: "2027-01-06", start: "09:00", end: "12:00" } },
      visits: [visit],
    });
    expect(preview.days).toEqual([
      { providerId: "p1", date: "2027-01-06", before: 28, after: 19 },
      { providerId: "p2", date: "2027-01-06", before: 31, after: 19 },
    ]);
    expect(preview.stranded).toEqual(["visit-1"]);
  });

  it("removing a closure gains its hours back and strands nothing", () => {
    const closed = (id: string) => ({ ...provider(id), closures: [{ date: "2027-01-06", start: null, end: null }] });
    const preview = previewScheduleChange({
      timeZone: ZONE,
      now: NOW,
      providers: [closed("p1"), closed("p2")],
      change: { kind: "closure_removal", closure: { date: "2027-01-06", start: null, end: null } },
      visits: [],
    });
    expect(preview).toEqual({
      days: [
        { providerId: "p1", date: "2027-01-06", before: 0, after: 31 },
        { providerId: "p2", date: "2027-01-06", before: 0, after: 31 },
      ],
      gained: 62,
      lost: 0,
      stranded: [],
    });
  });

  it("changing a closure replaces it: the old hours open, the new ones close, and a visit in the new hours is stranded", () => {
    const morningVisit = { id: "visit-m", providerId: "p1", start: at("2027-01-06", "13:00"), end: at("2027-01-06", "13:30") };
    const preview = previewScheduleChange({
      timeZone: ZONE,
      now: NOW,
      providers: [{ ...provider("p1", [morningVisit]), closures: [{ date: "2027-01-06", start: "09:00", end: "12:00" }] }],
      change: {
        kind: "closure",
        replaces: { date: "2027-01-06", start: "09:00", end: "12:00" },
        closure: { date: "2027-01-06", start: "12:00", end: "17:00" },
      },
      visits: [morningVisit],
    });
    // Before: 12:00–17:00 open less the visit (19 - 3 = 16); after: 09:00–12:00 open (11 starts).
    expect(preview.days).toEqual([{ providerId: "p1", date: "2027-01-06", before: 16, after: 11 }]);
    expect(preview.stranded).toEqual(["visit-m"]);
  });

  it("does not list again a visit already outside working time (kept before), nor one the change leaves inside", () => {
    const kept = { id: "kept", providerId: "p1", start: at("2027-01-09", "10:00"), end: at("2027-01-09", "10:30") }; // a Saturday
    const preview = previewScheduleChange({
      timeZone: ZONE,
      now: NOW,
      providers: [provider("p1", [visit, kept])],
      change: { kind: "weekly_hours", providerId: "p1", weeklyHours: [3].map((weekday) => ({ weekday, start: "09:00", end: "12:00" })) },
      visits: [visit, kept],
    });
    expect(preview.stranded).toEqual([]);
    expect(preview.lost).toBeGreaterThan(0);
  });
});

describe("form schemas", () => {
  it("takes a whole day (no times) or both times in order, and refuses half a range", () => {
    expect(scheduleExceptionSchema.parse({ kind: "time_off", date: "2027-01-06", start: "", end: "" })).toMatchObject({ start: null, end: null });
    expect(scheduleExceptionSchema.safeParse({ kind: "time_off", date: "2027-01-06", start: "10:00", end: "" }).success).toBe(false);
    expect(scheduleExceptionSchema.safeParse({ kind: "extra_hours", date: "2027-01-06", start: "", end: "" }).success).toBe(false);
    expect(locationClosureSchema.safeParse({ date: "2027-01-06", start: "12:00", end: "11:00", reason: "Staff training" }).success).toBe(false);
    expect(locationClosureSchema.safeParse({ date: "2027-01-06", start: null, end: null, reason: " " }).success).toBe(false);
  });
});
