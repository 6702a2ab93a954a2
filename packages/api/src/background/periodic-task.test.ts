import { afterEach, describe, expect, it, vi } from "vitest";
import { waitFor } from "../testing/wait-for";
import { startPeriodicTask } from "./periodic-task";

afterEach(() => {
  vi.restoreAllMocks();
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("startPeriodicTask", () => {
  it("never overlaps runs, even when a run outlasts the interval", async () => {
    let running = 0;
    let maxRunning = 0;
    let runs = 0;
    const task = startPeriodicTask({
      name: "slow job",
      intervalMs: 1,
      async run() {
        running += 1;
        maxRunning = Math.max(maxRunning, running);
        await pause(15);
        running -= 1;
        runs += 1;
      },
    });
    await waitFor(async () => runs >= 4);
    await task.stop();
    expect(maxRunning).toBe(1);
  });

  it("logs a failed run by error class only, keeps going, and stops cleanly", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const task = startPeriodicTask({
      name: "flaky job",
      intervalMs: 1,
      run: () => Promise.reject(new TypeError("secret@example.com is not allowed")),
    });
    await waitFor(async () => error.mock.calls.length >= 3);
    await task.stop();
    const calls = error.mock.calls.length;
    await pause(30);
    expect(error.mock.calls.length).toBe(calls);
    expect(error.mock.calls[0]).toEqual(["flaky job failed; will try again", { name: "TypeError" }]);
  });

  it("stop() waits for the run in progress", async () => {
    let finished = false;
    const task = startPeriodicTask({
      name: "job",
      intervalMs: 1_000,
      async run() {
        await pause(30);
        finished = true;
      },
    });
    await task.stop();
    expect(finished).toBe(true);
  });
});
