import { describe, expect, it } from "vitest";
import { toZonedIsoString } from "../time/zoned-time";
import { type BookableDay, type BookableSlotsInput, type ProviderAvailability, blockedInterval, bookableSlots, heldTime } from "./bookable-slots";
import { decideStart } from "./booking-decision";
import type { BookingPolicy } from "./booking-policy";
import type { WeeklyHours } from "./weekly-schedule";

const NEW_YORK = "America/New_York";
// 2027-03-14 (spring forward) and 2027-11-07 (fall back) are Sundays.
const SUNDAY = 7;
const SPLIT_SHIFT: WeeklyHours[] = [
  { weekday: SUNDAY, start: "09:00", end: "12:00" },
  { weekday: SUNDAY, start: "13:00", end: "17:00" },
];

const policy: BookingPolicy = {
  durationMinutes: 30,
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 0,
  minNoticeMinutes: 0,
  bookingHorizonDays: 60,
  slotIntervalMinutes: 15,
  changeCutoffMinutes: 24 * 60,
};

function provider(weeklyHours: WeeklyHours[], extra: Partial<ProviderAvailability> = {}): ProviderAvailability {
  return { providerId: "dr-a", weeklyHours, exceptions: [], busy: [], ...extra };
}

function search(overrides: Partial<BookableSlotsInput> & { date?: string }): BookableDay[] {
  const { date = "2027-03-14", ...rest } = overrides;
  return bookableSlots({
    policy,
    timeZone: NEW_YORK,
    providers: [provider(SPLIT_SHIFT)],
    from: date,
    to: date,
    now: new Date(`${date.slice(0, 8)}01T00:00:00Z`),
    ...rest,
  });
}

/** Local wall-clock "HH:MM" of each slot of the only day searched. */
function localStarts(days: BookableDay[], timeZone = NEW_YORK): string[] {
  expect(days).toHaveLength(1);
  return (days[0]?.slots ?? []).map((slot) => toZonedIsoString(slot.start, timeZone).slice(11, 16));
}

/** "HH:MM" every `step` minutes from `first` to `last` inclusive. */
function every(step: number, first: string, last: string): string[] {
  const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
  const times: string[] = [];
  for (let minute = toMinutes(first); minute <= toMinutes(last); minute += step) {
    times.push(`${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`);
  }
  return times;
}

const MORNING_AND_AFTERNOON = [...every(15, "09:00", "11:30"), ...every(15, "13:00", "16:30")];

describe("bookableSlots on daylight-saving days in America/New_York", () => {
  it("keeps 09:00–12:00 and 13:00–17:00 local on the spring-forward day 2027-03-14 (EDT, UTC−4)", () => {
    const days = search({ date: "2027-03-14" });
    expect(days[0]?.date).toBe("2027-03-14");
    expect(localStarts(days)).toEqual(MORNING_AND_AFTERNOON);
    const slots = days[0]?.slots ?? [];
    expect(slots[0]?.start.toISOString()).toBe("2027-03-14T13:00:00.000Z");
    expect(slots[0]?.end.toISOString()).toBe("2027-03-14T13:30:00.000Z");
    expect(slots.find((slot) => slot.start.toISOString() === "2027-03-14T17:00:00.000Z")).toBeDefined(); // 13:00 EDT
    expect(slots.at(-1)?.start.toISOString()).toBe("2027-03-14T20:30:00.000Z");
    expect(toZonedIsoString(slots[0]!.start, NEW_YORK)).toBe("2027-03-14T09:00:00-04:00");
  });

  it("keeps the same local hours on the fall-back day 2027-11-07 (EST, UTC−5)", () => {
    const days = search({ date: "2027-11-07" });
    expect(localStarts(days)).toEqual(MORNING_AND_AFTERNOON);
    const slots = days[0]?.slots ?? [];
    expect(slots[0]?.start.toISOString()).toBe("2027-11-07T14:00:00.000Z");
    expect(slots.find((slot) => slot.start.toISOString() === "2027-11-07T18:00:00.000Z")).toBeDefined(); // 13:00 EST
    expect(toZonedIsoString(slots[0]!.start, NEW_YORK)).toBe("2027-11-07T09:00:00-05:00");
  });

  it("uses standard time the day before the spring change", () => {
    const days = search({ date: "2027-03-13", providers: [provider([{ weekday: 6, start: "09:00", end: "10:00" }])] });
    expect(days[0]?.slots.map((slot) => slot.start.toISOString())).toEqual([
      "2027-03-13T14:00:00.000Z",
      "2027-03-13T14:15:00.000Z",
      "2027-03-13T14:30:00.000Z",
    ]);
  });

  it("offers no start in the skipped hour 02:00–03:00 of the spring-forward night", () => {
    const days = search({ providers: [provider([{ weekday: SUNDAY, start: "01:00", end: "04:00" }])] });
    // 01:00–04:00 local is two real hours: 01:00–01:59 EST, then 03:00–04:00 EDT.
    expect(localStarts(days)).toEqual([...every(15, "01:00", "01:45"), ...every(15, "03:00", "03:30")]);
    expect(days[0]?.slots.map((slot) => slot.start.toISOString().slice(11, 16))).toEqual([
      "06:00", "06:15", "06:30", "06:45", "07:00", "07:15", "07:30",
    ]);
  });

  it("offers each wall time of the repeated fall-back hour once, at its first (EDT) occurrence", () => {
    const days = search({ date: "2027-11-07", providers: [provider([{ weekday: SUNDAY, start: "00:00", end: "03:00" }])] });
    expect(localStarts(days)).toEqual(every(15, "00:00", "02:30"));
    const utc = days[0]?.slots.map((slot) => slot.start.toISOString().slice(11, 16));
    // 01:45 EDT = 05:45Z; the next start is 02:00 EST = 07:00Z, so 01:00–01:45 EST (06:00–06:45Z) is not offered.
    expect(utc?.slice(6, 9)).toEqual(["05:30", "05:45", "07:00"]);
  });
});

describe("bookableSlots in other zones", () => {
  it("follows America/Denver (MDT, UTC−6) for the El Paso location", () => {
    const days = search({ timeZone: "America/Denver", providers: [provider([{ weekday: SUNDAY, start: "09:00", end: "10:00" }])] });
    expect(localStarts(days, "America/Denver")).toEqual(["09:00", "09:15", "09:30"]);
    expect(days[0]?.slots[0]?.start.toISOString()).toBe("2027-03-14T15:00:00.000Z");
  });

  it("aligns to local time in a half-hour zone (Asia/Kolkata, UTC+05:30)", () => {
    const days = search({
      timeZone: "Asia/Kolkata",
      policy: { ...policy, slotIntervalMinutes: 60 },
      providers: [provider([{ weekday: SUNDAY, start: "09:00", end: "12:00" }])],
    });
    expect(localStarts(days, "Asia/Kolkata")).toEqual(["09:00", "10:00", "11:00"]);
    expect(days[0]?.slots[0]?.start.toISOString()).toBe("2027-03-14T03:30:00.000Z");
  });
});

describe("bookableSlots rules", () => {
  const MORNING = [{ weekday: SUNDAY, start: "09:00", end: "12:00" }];

  it("keeps the buffers inside working hours", () => {
    const days = search({
      policy: { ...policy, bufferBeforeMinutes: 10, bufferAfterMinutes: 5 },
      providers: [provider([{ weekday: SUNDAY, start: "09:00", end: "11:00" }])],
    });
    // First start with 10 min before it: 09:10 → aligned 09:15; last: 11:00 − 5 − 30 = 10:25 → 10:15.
    expect(localStarts(days)).toEqual(every(15, "09:15", "10:15"));
  });

  it("never overlaps an appointment with its buffers, and allows back-to-back visits", () => {
    const appointment = blockedInterval({
      start: new Date("2027-03-14T14:00:00Z"), // 10:00 EDT
      end: new Date("2027-03-14T14:30:00Z"),
      bufferBeforeMinutes: 10,
      bufferAfterMinutes: 10,
    });
    const withBuffers = search({ providers: [provider(MORNING, { busy: [appointment] })] });
    expect(localStarts(withBuffers)).toEqual(["09:00", "09:15", ...every(15, "10:45", "11:30")]);

    const exact = heldTime({ start: new Date("2027-03-14T14:00:00Z"), end: new Date("2027-03-14T14:30:00Z") });
    const backToBack = search({ providers: [provider(MORNING, { busy: [exact] })] });
    expect(localStarts(backToBack)).toEqual([...every(15, "09:00", "09:30"), ...every(15, "10:30", "11:30")]);
  });

  it("checks the slot's own buffers against appointments too", () => {
    const exact = heldTime({ start: new Date("2027-03-14T14:00:00Z"), end: new Date("2027-03-14T14:30:00Z") });
    const days = search({ policy: { ...policy, bufferAfterMinutes: 15 }, providers: [provider(MORNING, { busy: [exact] })] });
    expect(localStarts(days)).toEqual([...every(15, "09:00", "09:15"), ...every(15, "10:30", "11:15")]);
  });

  it("handles unsorted and overlapping busy intervals", () => {
    const busy = [
      heldTime({ start: new Date("2027-03-14T15:00:00Z"), end: new Date("2027-03-14T15:30:00Z") }), // 11:00–11:30
      heldTime({ start: new Date("2027-03-14T13:00:00Z"), end: new Date("2027-03-14T14:00:00Z") }), // 09:00–10:00
      heldTime({ start: new Date("2027-03-14T13:30:00Z"), end: new Date("2027-03-14T13:45:00Z") }),
    ];
    const days = search({ providers: [provider(MORNING, { busy })] });
    expect(localStarts(days)).toEqual(["10:00", "10:15", "10:30", "11:30"]);
  });

  it("starts no sooner than now + minimum notice", () => {
    const days = search({
      date: "2027-03-15",
      policy: { ...policy, minNoticeMinutes: 60 },
      now: new Date("2027-03-15T13:10:00Z"), // 09:10 EDT
      providers: [provider([{ weekday: 1, start: "09:00", end: "12:00" }])],
    });
    expect(localStarts(days)).toEqual(every(15, "10:15", "11:30"));
  });

  it("ends at today + horizon (the whole last day) and lists days outside it empty", () => {
    const everyDay = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: "09:00", end: "10:00" }));
    const days = bookableSlots({
      policy: { ...policy, bookingHorizonDays: 2 },
      timeZone: NEW_YORK,
      providers: [provider(everyDay)],
      from: "2027-03-09",
      to: "2027-03-13",
      now: new Date("2027-03-10T22:00:00Z"), // 17:00 EST on 03-10: today is 03-10, last bookable date 03-12
    });
    expect(days.map((day) => [day.date, day.slots.length])).toEqual([
      ["2027-03-09", 0],
      ["2027-03-10", 0],
      ["2027-03-11", 3],
      ["2027-03-12", 3],
      ["2027-03-13", 0],
    ]);
  });

  it("applies weekly hours only between their effective dates, inclusive", () => {
    const hours = [
      { weekday: SUNDAY, start: "09:00", end: "10:00", effectiveTo: "2027-03-14" },
      { weekday: SUNDAY, start: "14:00", end: "15:00", effectiveFrom: "2027-03-21", effectiveTo: null },
    ];
    const days = bookableSlots({
      policy,
      timeZone: NEW_YORK,
      providers: [provider(hours)],
      from: "2027-03-14",
      to: "2027-03-21",
      now: new Date("2027-03-01T00:00:00Z"),
    });
    expect(days).toHaveLength(8);
    expect(localStarts([days[0]!])).toEqual(["09:00", "09:15", "09:30"]);
    expect(localStarts([days[7]!])).toEqual(["14:00", "14:15", "14:30"]);
    expect(days.slice(1, 7).every((day) => day.slots.length === 0)).toBe(true);
  });

  it("removes a whole day off and a part-day absence", () => {
    const wholeDay = search({
      providers: [provider(SPLIT_SHIFT, { exceptions: [{ date: "2027-03-14", kind: "time_off", start: null, end: null }] })],
    });
    expect(localStarts(wholeDay)).toEqual([]);

    const partDay = search({
      providers: [provider(MORNING, { exceptions: [{ date: "2027-03-14", kind: "time_off", start: "10:00", end: "11:00" }] })],
    });
    expect(localStarts(partDay)).toEqual(["09:00", "09:15", "09:30", "11:00", "11:15", "11:30"]);

    const otherDate = search({
      providers: [provider(MORNING, { exceptions: [{ date: "2027-03-15", kind: "time_off", start: null, end: null }] })],
    });
    expect(localStarts(otherDate)).toEqual(every(15, "09:00", "11:30"));
  });

  it("adds extra hours, on a day without weekly hours and joined to a shift", () => {
    const saturday = search({
      date: "2027-03-13",
      providers: [provider(MORNING, { exceptions: [{ date: "2027-03-13", kind: "extra_hours", start: "08:00", end: "09:00" }] })],
    });
    expect(localStarts(saturday)).toEqual(["08:00", "08:15", "08:30"]);

    const joined = search({
      policy: { ...policy, durationMinutes: 60 },
      providers: [
        provider([{ weekday: SUNDAY, start: "09:00", end: "10:00" }], {
          exceptions: [{ date: "2027-03-14", kind: "extra_hours", start: "10:00", end: "10:30" }],
        }),
      ],
    });
    expect(localStarts(joined)).toEqual(["09:00", "09:15", "09:30"]);
  });

  it("lets time off win over extra hours", () => {
    const days = search({
      providers: [
        provider([], {
          exceptions: [
            { date: "2027-03-14", kind: "extra_hours", start: "08:00", end: "10:00" },
            { date: "2027-03-14", kind: "time_off", start: "08:30", end: "09:30" },
          ],
        }),
      ],
    });
    expect(localStarts(days)).toEqual(["08:00", "09:30"]);
  });

  it("never stretches a visit across the break of a split shift", () => {
    const days = search({
      policy: { ...policy, durationMinutes: 60 },
      providers: [provider([{ weekday: SUNDAY, start: "09:00", end: "12:00" }, { weekday: SUNDAY, start: "12:30", end: "14:00" }])],
    });
    expect(localStarts(days)).toEqual([...every(15, "09:00", "11:00"), "12:30", "12:45", "13:00"]);
  });

  it("aligns starts to the interval counted from local midnight", () => {
    const days = search({
      policy: { ...policy, slotIntervalMinutes: 20 },
      providers: [provider([{ weekday: SUNDAY, start: "09:10", end: "10:30" }])],
    });
    expect(localStarts(days)).toEqual(["09:20", "09:40", "10:00"]);
  });

  it("returns nothing for a range that ends before it starts and refuses a non-date", () => {
    expect(bookableSlots({ policy, timeZone: NEW_YORK, providers: [], from: "2027-03-15", to: "2027-03-14", now: new Date() })).toEqual([]);
    expect(() => search({ date: "2027-02-30" })).toThrow(RangeError);
  });
});

describe("bookableSlots for first available across providers", () => {
  it("unites the providers' slots, listing the free providers in input order", () => {
    const a = provider([{ weekday: SUNDAY, start: "09:00", end: "10:00" }], { providerId: "a" });
    const b = provider([{ weekday: SUNDAY, start: "09:30", end: "10:30" }], { providerId: "b" });
    const days = search({ providers: [b, a] });
    expect(days[0]?.slots.map((slot) => [toZonedIsoString(slot.start, NEW_YORK).slice(11, 16), slot.providerIds])).toEqual([
      ["09:00", ["a"]],
      ["09:15", ["a"]],
      ["09:30", ["b", "a"]],
      ["09:45", ["b"]],
      ["10:00", ["b"]],
    ]);
  });

  it("leaves out a provider who is busy while another is free", () => {
    const busyAtNine = heldTime({ start: new Date("2027-03-14T13:00:00Z"), end: new Date("2027-03-14T13:30:00Z") });
    const a = provider([{ weekday: SUNDAY, start: "09:00", end: "10:00" }], { providerId: "a", busy: [busyAtNine] });
    const b = provider([{ weekday: SUNDAY, start: "09:00", end: "10:00" }], { providerId: "b" });
    const days = search({ providers: [a, b] });
    expect(days[0]?.slots.map((slot) => slot.providerIds)).toEqual([["b"], ["b"], ["a", "b"]]);
  });
});

describe("decideStart for one provider", () => {
  const base = { policy, timeZone: NEW_YORK, now: new Date("2027-03-01T00:00:00Z"), provider: provider(SPLIT_SHIFT) };
  const bookable = ({ provider: one, ...rest }: typeof base & { start: Date }) =>
    decideStart({ ...rest, providers: [one], patientVisits: [] }).bookable;

  it("accepts a slot bookableSlots offers", () => {
    expect(bookable({ ...base, start: new Date("2027-03-14T13:00:00Z") })).toBe(true);
    expect(bookable({ ...base, start: new Date("2027-11-07T14:00:00Z"), now: new Date("2027-11-01T00:00:00Z") })).toBe(true);
  });

  it("refuses a misaligned start, a start too late in the shift, a busy time and a time inside the notice", () => {
    expect(bookable({ ...base, start: new Date("2027-03-14T13:05:00Z") })).toBe(false);
    expect(bookable({ ...base, start: new Date("2027-03-14T15:45:00Z") })).toBe(false); // 11:45, ends 12:15
    const busy = [heldTime({ start: new Date("2027-03-14T13:00:00Z"), end: new Date("2027-03-14T13:30:00Z") })];
    expect(bookable({ ...base, provider: provider(SPLIT_SHIFT, { busy }), start: new Date("2027-03-14T13:00:00Z") })).toBe(false);
    expect(
      bookable({ ...base, policy: { ...policy, minNoticeMinutes: 720 }, now: new Date("2027-03-14T02:00:00Z"), start: new Date("2027-03-14T13:00:00Z") }),
    ).toBe(false);
  });

  it("refuses the second occurrence of a repeated fall-back time", () => {
    const night = { ...base, now: new Date("2027-11-01T00:00:00Z"), provider: provider([{ weekday: SUNDAY, start: "00:00", end: "03:00" }]) };
    expect(bookable({ ...night, start: new Date("2027-11-07T05:30:00Z") })).toBe(true); // 01:30 EDT
    expect(bookable({ ...night, start: new Date("2027-11-07T06:30:00Z") })).toBe(false); // 01:30 EST
  });
});
