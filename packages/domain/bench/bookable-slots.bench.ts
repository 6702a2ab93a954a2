/**
 * Benchmark of the pure availability rules: `bookableSlots` for 8 providers × 60 days at one location,
 * 15-minute interval, ~9-hour split shifts, ~6 appointments per provider-day. Prints median and p95;
 * the repo-wide benchmark imports `benchBookableSlots`. Figures, not a pass/fail test.
 */
import { pathToFileURL } from "node:url";
import { type BookableSlotsInput, type HeldTime, type ProviderAvailability, bookableSlots } from "../src/scheduling/bookable-slots";
import { DEFAULT_BOOKING_POLICY } from "../src/scheduling/booking-policy";
import type { ScheduleException, WeeklyHours } from "../src/scheduling/weekly-schedule";
import { addCalendarDays, isoWeekday, todayInZone, wallClockToInstant } from "../src/time/zoned-time";

const TIME_ZONE = "America/Chicago";
const PROVIDERS = 8;
const DAYS = 60;
const APPOINTMENTS_PER_DAY = 6;
const WARM_UP_RUNS = 100;
const RUNS = 200;

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same input. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function wallTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/** A realistic search: weekday split shifts (08:00–12:00, 13:00–18:00), some Saturdays, days off, a full diary. */
export function benchInput(): BookableSlotsInput {
  const next = random(20_270_314);
  // Spans the spring-forward change of 2027 in Chicago (2027-03-14).
  const now = new Date("2027-02-20T15:00:00Z");
  const from = todayInZone(TIME_ZONE, now);
  const providers: ProviderAvailability[] = [];
  for (let p = 0; p < PROVIDERS; p += 1) {
    const weeklyHours: WeeklyHours[] = [];
    for (let weekday = 1; weekday <= 5; weekday += 1) {
      weeklyHours.push({ weekday, start: "08:00", end: "12:00" }, { weekday, start: "13:00", end: "18:00" });
    }
    if (p % 3 === 0) weeklyHours.push({ weekday: 6, start: "09:00", end: "13:00" });
    const exceptions: ScheduleException[] = [];
    const busy: HeldTime[] = [];
    for (let d = 0; d < DAYS; d += 1) {
      const date = addCalendarDays(from, d);
      if (next() < 0.04) exceptions.push({ date, kind: "time_off", start: null, end: null });
      else if (next() < 0.05) exceptions.push({ date, kind: "time_off", start: "14:00", end: "16:00" });
      else if (next() < 0.03) exceptions.push({ date, kind: "extra_hours", start: "18:00", end: "20:00" });
      if (isoWeekday(date) > 5) continue;
      for (let a = 0; a < APPOINTMENTS_PER_DAY; a += 1) {
        const startMinute = 8 * 60 + Math.floor(next() * 36) * 15;
        const start = wallClockToInstant(date, wallTime(startMinute), TIME_ZONE);
        const minutes = [30, 45, 60][Math.floor(next() * 3)] as number;
        busy.push({ startMs: start.getTime(), endMs: start.getTime() + minutes * 60_000 });
      }
    }
    providers.push({ providerId: `provider-${p + 1}`, weeklyHours, exceptions, busy });
  }
  return {
    policy: { ...DEFAULT_BOOKING_POLICY, durationMinutes: 45 },
    timeZone: TIME_ZONE,
    providers,
    from,
    to: addCalendarDays(from, DAYS - 1),
    now,
  };
}

function percentile(sorted: number[], fraction: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
  return sorted[Math.max(0, index)] as number;
}

export async function benchBookableSlots(): Promise<{ medianMs: number; p95Ms: number; runs: number; slots: number }> {
  const input = benchInput();
  let slots = 0;
  for (let i = 0; i < WARM_UP_RUNS; i += 1) bookableSlots(input);
  const timings: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const started = performance.now();
    const days = bookableSlots(input);
    timings.push(performance.now() - started);
    slots = days.reduce((count, day) => count + day.slots.length, 0);
  }
  timings.sort((a, b) => a - b);
  return { medianMs: percentile(timings, 0.5), p95Ms: percentile(timings, 0.95), runs: RUNS, slots };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await benchBookableSlots();
  console.info(
    `bookableSlots, ${PROVIDERS} providers × ${DAYS} days, ${APPOINTMENTS_PER_DAY} appointments per provider-day: ` +
      `median ${result.medianMs.toFixed(2)} ms, p95 ${result.p95Ms.toFixed(2)} ms over ${result.runs} runs (${result.slots} slots)`,
  );
}
