import type { Database } from "@clinic/db/client";
import { outboxHasDueEmail } from "@clinic/db/queries/email-outbox";

/** How often the worker looks for email to send. */
export const OUTBOX_WATCH_INTERVAL_MS = 1_000;

/**
 * Looks at the outbox every `intervalMs` and calls `onDue` (which asks for a delivery run) when an
 * email is waiting: emails are written without a queue job (docs/decisions/0010-email-outbox-without-a-job-per-email.md).
 * Checks never overlap; a failed check is logged and the next one tries again. Returns `stop`.
 */
export function watchOutbox(db: Database, onDue: () => Promise<unknown>, intervalMs = OUTBOX_WATCH_INTERVAL_MS): () => Promise<void> {
  let running: Promise<void> | undefined;
  const check = () => {
    running ??= (async () => {
      try {
        if (await outboxHasDueEmail(db)) await onDue();
      } catch (error) {
        console.error("worker: outbox check failed:", error instanceof Error ? error.name : typeof error);
      } finally {
        running = undefined;
      }
    })();
  };
  const timer = setInterval(check, intervalMs);
  check();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
