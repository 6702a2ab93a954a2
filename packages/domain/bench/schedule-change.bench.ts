/**
 * Benchmark of a schedule change's preview (`previewScheduleChange`): one provider of the
 * bookable-slots bench (split shifts, ~6 visits a weekday) over its 4 weeks, a new weekly rota
 * that strands visits. Prints median and p95; figures, not a pass/fail test (target ≤ 100 ms).
 */
import { pathToFileURL } from "node:url";
import { previewScheduleChange, type BookedVisit, type ScheduleChange } from "../src/scheduling/schedule-change";
import { benchInput } from "./bookable-slots.bench";

const WARM_UP_RUNS = 20;
const RUNS = 200;

export function benchScheduleChangePreview(): { medianMs: number; p95Ms: number; runs: number; lost: number; stranded: number } {
  const input = benchInput();
  const provider = input.providers[0]!;
  const visits: BookedVisit[] = provider.busy.map((held, index) => ({
    id: `visit-${index}`,
    providerId: provider.providerId,
    start: new Date(held.startMs),
    end: new Date(held.endMs),
  }));
  // Mornings only from now on: every afternoon visit is stranded.
  const change: ScheduleChange = {
    kind: "weekly_hours",
    providerId: provider.providerId,
    weeklyHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: "08:00", end: "12:00" })),
  };
  const run = () => previewScheduleChange({ timeZone: input.timeZone, now: input.now, providers: [provider], change, visits });
  for (let i = 0; i < WARM_UP_RUNS; i += 1) run();
  const timings: number[] = [];
  let result = run();
  for (let i = 0; i < RUNS; i += 1) {
    const started = performance.now();
    result = run();
    timings.push(performance.now() - started);
  }
  timings.sort((a, b) => a - b);
  const at = (fraction: number) => timings[Math.min(timings.length - 1, Math.ceil(fraction * timings.length) - 1)] as number;
  return { medianMs: at(0.5), p95Ms: at(0.95), runs: RUNS, lost: result.lost, stranded: result.stranded.length };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = benchScheduleChangePreview();
  console.info(
    `previewScheduleChange, 1 provider × 28 days: median ${result.medianMs.toFixed(2)} ms, p95 ${result.p95Ms.toFixed(2)} ms ` +
      `over ${result.runs} runs (${result.lost} slots lost, ${result.stranded} visits stranded)`,
  );
}
