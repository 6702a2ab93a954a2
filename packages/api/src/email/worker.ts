import type { Database } from "@clinic/db/client";
import type { Transporter } from "nodemailer";
import { startPeriodicTask, type PeriodicTask } from "../background/periodic-task";
import { DEFAULT_BATCH_SIZE, deliverPendingEmails } from "./deliver";

export type OutboxWorker = PeriodicTask;

export type OutboxWorkerOptions = {
  db: Database;
  transport: Transporter;
  /** Pause between runs when the outbox has been emptied (or a run failed). */
  intervalMs?: number;
  batchSize?: number;
};

export const DEFAULT_OUTBOX_INTERVAL_MS = 5_000;

/**
 * Sends the outbox in the background of a long-running server: runs right away, then again
 * `intervalMs` after each run ends (never two runs at once in one process), straight away while
 * batches come back full. A failing run (database down) is logged and retried; it never throws.
 */
export function startOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  return startPeriodicTask({
    name: "email outbox: delivery run",
    intervalMs: options.intervalMs ?? DEFAULT_OUTBOX_INTERVAL_MS,
    async run(stopped) {
      for (;;) {
        const report = await deliverPendingEmails(options.db, options.transport, { batchSize });
        if (stopped() || report.claimed < batchSize) break;
      }
    },
  });
}
