import type { Database } from "@clinic/db/client";
import type { Transporter } from "nodemailer";
import { describeForLog } from "../errors";
import { DEFAULT_BATCH_SIZE, deliverPendingEmails } from "./deliver";

export type OutboxWorker = {
  /** Stops the loop and resolves once a run in progress has finished. */
  stop(): Promise<void>;
};

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
  const intervalMs = options.intervalMs ?? DEFAULT_OUTBOX_INTERVAL_MS;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<void> | undefined;

  async function drainOutbox(): Promise<void> {
    try {
      for (;;) {
        const report = await deliverPendingEmails(options.db, options.transport, { batchSize });
        if (stopped || report.claimed < batchSize) break;
      }
    } catch (error) {
      // Class and SQLSTATE only: driver messages can quote row values (addresses).
      console.error("email outbox: delivery run failed; will try again", describeForLog(error));
    }
  }

  function run(): void {
    timer = undefined;
    inFlight = drainOutbox().finally(() => {
      inFlight = undefined;
      if (stopped) return;
      timer = setTimeout(run, intervalMs);
      // A pending retry must not keep a process alive that is otherwise done (scripts, tests).
      timer.unref();
    });
  }

  run();
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await inFlight;
    },
  };
}
