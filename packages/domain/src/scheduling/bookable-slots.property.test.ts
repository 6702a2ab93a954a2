import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addCalendarDays, dayBoundsInZone, isoWeekday, todayInZone, toZonedIsoString, wallClockToInstant } from "../time/zoned-time";
import { type BookableDay, type BookableSlotsInput, type ProviderAvailability, bookableSlots } from "./bookable-slots";
import { decideStart } from "./booking-decision";
import type { ScheduleException, WeeklyHours } from "./weekly-schedule";

/**
 * Property tests of the availability rules over random schedules, appointments, zones and "now".
 * The oracle below is deliberately naive and independent of the implementation: it converts every
 * aligned wall time with `wallClockToInstant` and checks the visit minute by minute.
 */

const MINUTE = 60_000;
const ZONES = [
  "America/New_York",
  "America/Chicago",
  "America/Denver",
  "America/Phoenix",
  "Europe/London",
  "Australia/Lord_Howe",
  "Asia/Kolkata",
  "Asia/Kathmandu",
] as const;
// Days of offset changes in 2027 (New York, Chicago, Denver, London, Lord Howe) and ordinary days.
const BASE_DATES = ["2027-03-14", "2027-11-07", "2027-03-28", "2027-10-31", "2027-04-04", "2027-10-03", "2027-01-19", "2027-06-30", "2027-09-09"];

function wallTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

const wallRange = fc
  .record({ start: fc.integer({ min: 0, max: 1439 }), length: fc.integer({ min: -30, max: 600 }) })
  .map(({ start, length }) => ({ start: wallTime(start), end: wallTime(Math.min(1439, Math.max(0, start + length))) }));

/** Hours near the small hours are likelier than uniform, so DST gaps and repeats get exercised. */
const nightOrDayRange = fc.oneof(
  wallRange,
  fc.record({ start: fc.integer({ min: 0, max: 240 }), length: fc.integer({ min: 15, max: 240 }) }).map(({ start, length }) => ({
    start: wallTime(start),
    end: wallTime(Math.min(1439, start + length)),
  })),
);

function scenario() {
  return fc
    .record({
      timeZone: fc.constantFrom(...ZONES),
      baseDate: fc.oneof(fc.constantFrom(...BASE_DATES), fc.integer({ min: 0, max: 364 }).map((day) => addCalendarDays("2027-01-01", day))),
      searchDays: fc.integer({ min: 0, max: 2 }),
      nowMinutesFromBase: fc.integer({ min: -2 * 1440, max: 1440 }),
      policy: fc.record({
        durationMinutes: fc.constantFrom(10, 15, 30, 45, 60, 90),
        bufferBeforeMinutes: fc.constantFrom(0, 0, 5, 10, 15),
        bufferAfterMinutes: fc.constantFrom(0, 0, 5, 10, 30),
        minNoticeMinutes: fc.constantFrom(0, 0, 60, 12 * 60, 36 * 60),
        bookingHorizonDays: fc.integer({ min: 1, max: 7 }),
        slotIntervalMinutes: fc.constantFrom(5, 10, 15, 20, 25, 30, 45, 60),
        changeCutoffMinutes: fc.constant(24 * 60),
      }),
      providers: fc.array(
        fc.record({
          weekly: fc.array(
            fc.record({
              // Mostly the searched dates' weekdays, so most cases have hours to search.
              weekdayShift: fc.oneof(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 6 })),
              range: nightOrDayRange,
              effectiveFrom: fc.option(fc.integer({ min: -2, max: 3 }), { nil: undefined }),
              effectiveTo: fc.option(fc.integer({ min: -1, max: 4 }), { nil: undefined }),
            }),
            { maxLength: 6 },
          ),
          exceptions: fc.array(
            fc.record({
              dayOffset: fc.integer({ min: -1, max: 3 }),
              kind: fc.constantFrom("time_off", "extra_hours"),
              range: fc.option(nightOrDayRange, { freq: 4, nil: null }),
            }),
            { maxLength: 3 },
          ),
          busy: fc.array(fc.record({ startMinute: fc.integer({ min: -1440, max: 4 * 1440 }), length: fc.integer({ min: 5, max: 240 }) }), { maxLength: 6 }),
        }),
        { minLength: 1, maxLength: 3 },
      ),
    })
    .map(({ timeZone, baseDate, searchDays, nowMinutesFromBase, policy, providers }): BookableSlotsInput => {
      const baseMs = Date.parse(`${baseDate}T00:00:00Z`);
      return {
        policy,
        timeZone,
        from: baseDate,
        to: addCalendarDays(baseDate, searchDays),
        now: new Date(baseMs + nowMinutesFromBase * MINUTE),
        providers: providers.map(
          (provider, index): ProviderAvailability => ({
            providerId: `p${index}`,
            weeklyHours: provider.weekly.map(
              (hours): WeeklyHours => ({
                weekday: ((isoWeekday(baseDate) - 1 + hours.weekdayShift) % 7) + 1,
                ...hours.range,
                effectiveFrom: hours.effectiveFrom === undefined ? null : addCalendarDays(baseDate, hours.effectiveFrom),
                effectiveTo: hours.effectiveTo === undefined ? null : addCalendarDays(baseDate, hours.effectiveTo),
              }),
            ),
            exceptions: provider.exceptions.flatMap((exception): ScheduleException[] => {
              const date = addCalendarDays(baseDate, exception.dayOffset);
              if (exception.range) return [{ date, kind: exception.kind, ...exception.range }];
              return exception.kind === "time_off" ? [{ date, kind: "time_off", start: null, end: null }] : [];
            }),
            busy: provider.busy.map((busy) => ({
              startMs: baseMs + busy.startMinute * MINUTE,
              endMs: baseMs + (busy.startMinute + busy.length) * MINUTE,
            })),
          }),
        ),
      };
    });
}

/** A slow, obviously-correct reading of the rules, one provider-date-candidate at a time. */
class Oracle {
  private readonly instants = new Map<string, number>();

  constructor(private readonly input: BookableSlotsInput) {}

  instant(date: string, time: string): number {
    const key = `${date} ${time}`;
    let epochMs = this.instants.get(key);
    if (epochMs === undefined) {
      epochMs = wallClockToInstant(date, time, this.input.timeZone).getTime();
      this.instants.set(key, epochMs);
    }
    return epochMs;
  }

  /** Whether the provider works at minute `epochMs`, reading the hours of `date` only. */
  works(provider: ProviderAvailability, date: string, epochMs: number): boolean {
    const inRange = (range: { start: string; end: string }) => this.instant(date, range.start) <= epochMs && epochMs < this.instant(date, range.end);
    const weekly = provider.weeklyHours.some(
      (hours) =>
        hours.weekday === isoWeekday(date) &&
        (!hours.effectiveFrom || hours.effectiveFrom <= date) &&
        (!hours.effectiveTo || date <= hours.effectiveTo) &&
        inRange(hours),
    );
    const extra = provider.exceptions.some((exception) => exception.date === date && exception.kind === "extra_hours" && inRange(exception as { start: string; end: string }));
    if (!weekly && !extra) return false;
    return !provider.exceptions.some((exception) => {
      if (exception.date !== date || exception.kind !== "time_off") return false;
      if (exception.start === null || exception.end === null) {
        const bounds = dayBoundsInZone(date, this.input.timeZone);
        return bounds.start.getTime() <= epochMs && epochMs < bounds.end.getTime();
      }
      return inRange({ start: exception.start, end: exception.end });
    });
  }

  /** Every minute of [start − before, start + duration + after) is working time on `date`, and no appointment touches it. */
  fits(provider: ProviderAvailability, date: string, start: number): boolean {
    const { policy } = this.input;
    const from = start - policy.bufferBeforeMinutes * MINUTE;
    const to = start + (policy.durationMinutes + policy.bufferAfterMinutes) * MINUTE;
    if (provider.busy.some((busy) => busy.startMs < to && busy.endMs > from)) return false;
    for (let minute = from; minute < to; minute += MINUTE) if (!this.works(provider, date, minute)) return false;
    return true;
  }

  openDate(date: string): boolean {
    const today = todayInZone(this.input.timeZone, this.input.now);
    return today <= date && date <= addCalendarDays(today, this.input.policy.bookingHorizonDays);
  }

  /** All bookable (date, start) pairs with their providers, as "date|epochMs" → provider ids. */
  expected(): Map<string, string[]> {
    const { policy, timeZone } = this.input;
    const result = new Map<string, string[]>();
    const earliest = this.input.now.getTime() + policy.minNoticeMinutes * MINUTE;
    for (let date = this.input.from; date <= this.input.to; date = addCalendarDays(date, 1)) {
      if (!this.openDate(date)) continue;
      for (let minute = 0; minute < 1440; minute += policy.slotIntervalMinutes) {
        const time = wallTime(minute);
        const candidates = this.input.providers.filter((provider) => this.mayWorkNear(provider, date, minute));
        if (candidates.length === 0) continue;
        const start = this.instant(date, time);
        if (start < earliest) continue;
        // A wall time skipped by a spring-forward gap does not exist on that date.
        if (toZonedIsoString(new Date(start), timeZone).slice(0, 16) !== `${date}T${time}`) continue;
        const free = candidates.filter((provider) => this.fits(provider, date, start)).map((provider) => provider.providerId);
        if (free.length > 0) result.set(`${date}|${start}`, free);
      }
    }
    return result;
  }

  /** Cheap pre-filter: the start lies within 2 h (more than any DST shift) of some hours on that date. */
  private mayWorkNear(provider: ProviderAvailability, date: string, minute: number): boolean {
    const near = (range: { start: string; end: string }) => toMinutes(range.start) - 120 <= minute && minute <= toMinutes(range.end) + 120;
    return (
      provider.weeklyHours.some((hours) => hours.weekday === isoWeekday(date) && near(hours)) ||
      provider.exceptions.some((exception) => exception.date === date && exception.kind === "extra_hours" && near(exception as { start: string; end: string }))
    );
  }
}

function toMinutes(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

function flatten(days: BookableDay[]): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const day of days) for (const slot of day.slots) result.set(`${day.date}|${slot.start.getTime()}`, slot.providerIds);
  return result;
}

const NUM_RUNS = 150;

// Hundreds of generated weeks per property: seconds on a quiet machine, longer beside a full parallel test run.
describe("bookableSlots properties", { timeout: 60_000 }, () => {
  it("every slot is aligned locally, fits working hours with its buffers, avoids appointments, and respects notice and horizon", () => {
    fc.assert(
      fc.property(scenario(), (input) => {
        const days = bookableSlots(input);
        const oracle = new Oracle(input);
        const { policy, timeZone } = input;

        // One entry per date of the range, in order.
        const dates: string[] = [];
        for (let date = input.from; date <= input.to; date = addCalendarDays(date, 1)) dates.push(date);
        expect(days.map((day) => day.date)).toEqual(dates);

        const order = new Map(input.providers.map((provider, index) => [provider.providerId, index]));
        for (const day of days) {
          let previous = -Infinity;
          for (const slot of day.slots) {
            const start = slot.start.getTime();
            const local = toZonedIsoString(slot.start, timeZone);
            // (a) on the local grid, on its own local date, and a real wall time
            expect(local.slice(0, 10)).toBe(day.date);
            expect(local.slice(17, 19)).toBe("00");
            expect(toMinutes(local.slice(11, 16)) % policy.slotIntervalMinutes).toBe(0);
            expect(slot.end.getTime() - start).toBe(policy.durationMinutes * MINUTE);
            // (e) sorted, unique; providers unique and in input order
            expect(start).toBeGreaterThan(previous);
            previous = start;
            const indexes = slot.providerIds.map((id) => order.get(id) ?? -1);
            expect(indexes.every((index, i) => index >= 0 && (i === 0 || index > (indexes[i - 1] as number)))).toBe(true);
            // (d) notice and horizon
            expect(start).toBeGreaterThanOrEqual(input.now.getTime() + policy.minNoticeMinutes * MINUTE);
            expect(oracle.openDate(day.date)).toBe(true);
            for (const id of slot.providerIds) {
              const provider = input.providers[order.get(id) as number] as ProviderAvailability;
              // (b) and (c): the whole visit with buffers is working time and free
              expect(oracle.fits(provider, day.date, start)).toBe(true);
            }
          }
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("misses no start that the rules allow, and names every free provider", () => {
    fc.assert(
      fc.property(scenario(), (input) => {
        const actual = flatten(bookableSlots(input));
        const expected = new Oracle(input).expected();
        for (const [key, providers] of expected) expect([key, actual.get(key)]).toEqual([key, providers]);
        expect(actual.size).toBe(expected.size);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("decideStart agrees with bookableSlots for each provider", () => {
    fc.assert(
      fc.property(scenario(), fc.integer({ min: 0, max: 2 * 1440 }), (input, offsetMinutes) => {
        const provider = input.providers[0] as ProviderAvailability;
        const offered = flatten(bookableSlots({ ...input, providers: [provider] }));
        // A start the search offered, and an arbitrary minute near the searched dates.
        const someStart = [...offered.keys()][offsetMinutes % Math.max(1, offered.size)];
        const starts = [Date.parse(`${input.from}T00:00:00Z`) + offsetMinutes * MINUTE];
        if (someStart) starts.push(Number(someStart.split("|")[1]));
        for (const start of starts) {
          const date = todayInZone(input.timeZone, new Date(start));
          const inRange = input.from <= date && date <= input.to;
          const bookable = decideStart({ ...input, providers: [provider], start: new Date(start), patientVisits: [] }).bookable;
          if (inRange) expect(bookable).toBe(offered.has(`${date}|${start}`));
          else if (bookable) expect(new Oracle({ ...input, from: date, to: date, providers: [provider] }).expected().has(`${date}|${start}`)).toBe(true);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("decideStart books exactly the starts bookableSlots offers, with the same providers", () => {
    fc.assert(
      fc.property(scenario(), fc.integer({ min: 0, max: 2 * 1440 }), (input, offsetMinutes) => {
        const offered = flatten(bookableSlots(input));
        const someStart = [...offered.keys()][offsetMinutes % Math.max(1, offered.size)];
        const starts = [Date.parse(`${input.from}T00:00:00Z`) + offsetMinutes * MINUTE];
        if (someStart) starts.push(Number(someStart.split("|")[1]));
        for (const start of starts) {
          const date = todayInZone(input.timeZone, new Date(start));
          if (date < input.from || date > input.to) continue;
          const decision = decideStart({ ...input, start: new Date(start), patientVisits: [] });
          expect(decision.bookable ? decision.providerIds : null).toEqual(offered.get(`${date}|${start}`) ?? null);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
