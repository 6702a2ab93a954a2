import { pruneSignInAttempts } from "@clinic/auth/throttle";
import type { Database } from "@clinic/db/client";
import { startPeriodicTask, type PeriodicTask } from "../background/periodic-task";

export type Housekeeping = PeriodicTask;

export type HousekeepingOptions = {
  db: Database;
  intervalMs?: number;
  /** The clock the cutoffs are measured from (tests pass a fixed one). */
  now?: () => Date;
};

export const DEFAULT_HOUSEKEEPING_INTERVAL_MS = 60 * 60_000;

/**
 * Deletes rows that only grow and no longer matter: sign-in attempts older than throttling looks
 * back (a day). Runs at start, then hourly. Several server instances may run it at once: each
 * delete is idempotent.
 */
export function startHousekeeping({ db, intervalMs = DEFAULT_HOUSEKEEPING_INTERVAL_MS, now = () => new Date() }: HousekeepingOptions): Housekeeping {
  return startPeriodicTask({
    name: "housekeeping: pruning sign-in attempts",
    intervalMs,
    async run() {
      const removed = await pruneSignInAttempts(db, now());
      if (removed > 0) console.info(`housekeeping: removed ${removed} old sign-in attempts`);
    },
  });
}
