import { describeForLog } from "../errors";

export type PeriodicTask = {
  /** Stops the loop and resolves once a run in progress has finished. */
  stop(): Promise<void>;
};

export type PeriodicTaskOptions = {
  /** Names the job in the log line of a failed run, e.g. "email outbox: delivery run". */
  name: string;
  /** Pause between the end of one run and the start of the next. */
  intervalMs: number;
  /** One run; `stopped()` lets a long run end early once stop() was called. */
  run: (stopped: () => boolean) => Promise<void>;
};

/**
 * Runs a background job of a long-running server right away, then again `intervalMs` after each
 * run ends, so runs in one process never overlap. A failing run (database down) is logged and
 * retried at the next interval; it never throws, so it cannot bring the server down.
 */
export function startPeriodicTask({ name, intervalMs, run }: PeriodicTaskOptions): PeriodicTask {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<void> | undefined;

  async function runOnce(): Promise<void> {
    try {
      await run(() => stopped);
    } catch (error) {
      // Class and SQLSTATE only: driver messages can quote row values (addresses).
      console.error(`${name} failed; will try again`, describeForLog(error));
    }
  }

  function next(): void {
    timer = undefined;
    inFlight = runOnce().finally(() => {
      inFlight = undefined;
      if (stopped) return;
      timer = setTimeout(next, intervalMs);
      // A pending run must not keep a process alive that is otherwise done (scripts, tests).
      timer.unref();
    });
  }

  next();
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await inFlight;
    },
  };
}
