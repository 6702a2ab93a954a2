import type { CronItem } from "graphile-worker";
import { DELIVER_OUTBOX_JOB_KEY, JOB } from "./names";

/**
 * Jobs the worker adds on a clock (graphile-worker's cron: each tick is added once however many
 * workers run, and missed ticks are not made up).
 */
export const RECURRING_JOBS: CronItem[] = [
  {
    // Also sends what the outbox watch would (should no worker be watching) and takes back claims
    // of a worker that died mid-send. Keyed, so a sweep never queues behind another run.
    task: JOB.deliverOutbox,
    match: "* * * * *",
    identifier: "deliver-outbox-every-minute",
    options: { backfillPeriod: 0, jobKey: DELIVER_OUTBOX_JOB_KEY, jobKeyMode: "preserve_run_at" },
  },
  {
    task: JOB.housekeeping,
    match: "17 * * * *",
    identifier: "housekeeping-hourly",
    options: { backfillPeriod: 0, jobKey: "housekeeping", maxAttempts: 3 },
  },
];
