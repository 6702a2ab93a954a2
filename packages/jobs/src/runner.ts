import { parseCronItems, type Logger, type RunnerOptions } from "graphile-worker";
import { DEFAULT_CONCURRENCY } from "./env";
import { jobLogger } from "./logger";
import { RECURRING_JOBS } from "./schedule";
import { taskList, type JobDependencies } from "./task-list";

export type JobRunnerOptions = {
  /** Jobs run at once in this process. */
  concurrency?: number;
  /** How often to look for due jobs besides being told by LISTEN/NOTIFY (graphile-worker's default: 2 s). */
  pollInterval?: number;
  /** Add the every-minute outbox sweep and hourly housekeeping (off in tests that count jobs). */
  recurring?: boolean;
  logger?: Logger;
};

/**
 * Options for graphile-worker's `run()` / `runOnce()`: our task handlers on `db`'s pool (one
 * connection budget per process) and, unless turned off, the recurring jobs. Signals are left to
 * the caller, which shuts down in its own order (apps/worker).
 */
export function jobRunnerOptions(dependencies: JobDependencies, options: JobRunnerOptions = {}): RunnerOptions {
  const pool = dependencies.db.$client;
  // A checked-out client whose connection drops emits "error"; unheard, it would end the process.
  // (graphile-worker adds such a listener itself, with a warning, to a pool that has none.)
  if (pool.listeners("connect").length === 0) {
    pool.on("connect", (client) => client.on("error", (error) => console.error("postgres client error:", error.message)));
  }
  return {
    pgPool: pool,
    taskList: taskList(dependencies),
    parsedCronItems: options.recurring === false ? [] : parseCronItems(RECURRING_JOBS),
    concurrency: options.concurrency ?? DEFAULT_CONCURRENCY,
    pollInterval: options.pollInterval,
    logger: options.logger ?? jobLogger(),
    noHandleSignals: true,
  };
}
