import { createDb } from "@clinic/db/client";
import { run } from "graphile-worker";
import { createMailTransport } from "./email/transport";
import { DEFAULT_CONCURRENCY, type EmailEnv } from "./env";
import { DELIVER_OUTBOX_JOB_KEY, JOB } from "./names";
import { watchOutbox } from "./outbox-watch";
import { jobRunnerOptions } from "./runner";

export type JobWorkerOptions = {
  databaseUrl: string;
  email: Pick<EmailEnv, "SMTP_URL" | "EMAIL_FROM">;
  concurrency?: number;
};

export type JobWorker = {
  /** Takes no new jobs, waits for the running ones, then closes the database pool and SMTP connections. */
  stop(): Promise<void>;
  /** Like stop(), but fails the running jobs at once (they are retried later) instead of waiting. */
  kill(): Promise<void>;
  /** Settles when the queue runner ends by itself: rejected if it died of an error. */
  ended: Promise<void>;
};

/**
 * The background worker of apps/worker: runs the jobs of names.ts (appointment reminders, outbox
 * delivery, housekeeping) from graphile-worker's PostgreSQL queue, plus the recurring ones, and
 * asks for a delivery run whenever the outbox has email due (outbox-watch.ts). Several
 * workers may run at once: each job is taken by one of them, and every job is safe to run twice.
 */
export async function startJobWorker({ databaseUrl, email, concurrency = DEFAULT_CONCURRENCY }: JobWorkerOptions): Promise<JobWorker> {
  // Each running job holds at most one connection; graphile-worker keeps one for LISTEN and
  // briefly takes others to fetch and complete jobs.
  const db = createDb(databaseUrl, { max: concurrency + 3 });
  const transport = createMailTransport(email);
  const close = async () => {
    transport.close();
    await db.$client.end();
  };
  const runner = await run(jobRunnerOptions({ db, transport }, { concurrency })).catch(async (error: unknown) => {
    await close();
    throw error;
  });
  let stopping: Promise<void> | undefined;
  // Keyed: while one delivery run waits, asking again adds nothing.
  const stopWatching = watchOutbox(db, async () => {
    if (!stopping) await runner.addJob(JOB.deliverOutbox, {}, { jobKey: DELIVER_OUTBOX_JOB_KEY, jobKeyMode: "preserve_run_at" });
  });
  // The pool closes only once graphile-worker has let go of it: its shutdown still runs queries.
  let closed: Promise<void> | undefined;
  const stopRunner = () => (stopping ??= Promise.all([stopWatching(), runner.stop()]).then(() => undefined));
  const closeOnce = () => (closed ??= close());
  return {
    stop: () => stopRunner().finally(closeOnce),
    // Also while a stop() waits: the running jobs are failed at once, which unlocks them for a retry.
    kill: async () => {
      const stopped = stopRunner();
      await runner.kill();
      await stopped.finally(closeOnce);
    },
    ended: runner.promise,
  };
}
