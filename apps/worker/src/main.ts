// The background worker (`pnpm --filter @clinic/worker start`; `pnpm dev` starts it with the apps):
// appointment reminders, email delivery and housekeeping from the PostgreSQL job queue. Runs until
// SIGINT or SIGTERM, then finishes the jobs in hand; a second signal stops at once (the interrupted
// jobs are retried later, by this or another worker).
import { workerEnv } from "@clinic/jobs/env";
import { startJobWorker } from "@clinic/jobs/worker";

const SAME_REQUEST_MS = 1_000;

async function main(): Promise<void> {
  const env = workerEnv();
  const worker = await startJobWorker({ databaseUrl: env.DATABASE_URL, email: env, concurrency: env.WORKER_CONCURRENCY });
  const sending = env.SMTP_URL ? "through SMTP_URL" : "to the development JSON transport (nothing leaves this machine; read them on staff-admin's Outbox page)";
  // run-e2e and Playwright wait for this line.
  console.info(`worker: ready, running up to ${env.WORKER_CONCURRENCY} jobs at a time; emails go ${sending}`);

  let firstSignalAt: number | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    if (firstSignalAt !== undefined) {
      // `tsx watch` (pnpm dev) passes on the Ctrl-C this process got from the terminal already: same request.
      if (Date.now() - firstSignalAt < SAME_REQUEST_MS) return;
      console.warn(`worker: ${signal} again; stopping now, interrupted jobs will be retried`);
      void worker.kill().finally(() => process.exit(130));
      return;
    }
    firstSignalAt = Date.now();
    console.info(`worker: ${signal}; finishing the jobs in hand, then stopping`);
    worker.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error("worker: could not stop cleanly:", error instanceof Error ? error.name : typeof error);
        process.exit(1);
      },
    );
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, onSignal);

  worker.ended.catch((error: unknown) => {
    console.error("worker: the job queue stopped after an error:", error instanceof Error ? error.name : typeof error);
    process.exit(1);
  });
}

main().catch((error: unknown) => {
  // Settings errors name the setting, never its value; connection errors name host and port, never the password.
  console.error(`\nworker: could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
