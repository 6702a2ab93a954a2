import { PHASE_PRODUCTION_BUILD } from "next/constants";

/**
 * Runs once when a staff-admin server starts: starts the email outbox sender and the hourly
 * housekeeping (pruning old sign-in attempts) in this process. Several instances may run both at
 * once (outbox rows are claimed with SKIP LOCKED; pruning is idempotent); OUTBOX_WORKER=off and
 * HOUSEKEEPING=off (read by @clinic/api's validated env) keep an instance from doing either.
 */
export async function register() {
  // NEXT_RUNTIME and NEXT_PHASE are set by Next itself, not configuration, so they are read here
  // rather than through ~/env. The background jobs need Node (pg, sockets), and `next build` runs
  // register() in its prerender workers, which must not send email or prune.
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) return;
  const { startDefaultOutboxWorker } = await import("@clinic/api/email/default-worker");
  startDefaultOutboxWorker();
  const { startDefaultHousekeeping } = await import("@clinic/api/housekeeping/default-housekeeping");
  startDefaultHousekeeping();
}
