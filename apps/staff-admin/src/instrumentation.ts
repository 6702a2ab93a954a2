import { PHASE_PRODUCTION_BUILD } from "next/constants";

/**
 * Runs once when a staff-admin server starts: starts the email outbox sender in this process.
 * Several instances may run it at once (rows are claimed with SKIP LOCKED); OUTBOX_WORKER=off
 * (read by @clinic/api's validated email env) keeps an instance from sending.
 */
export async function register() {
  // NEXT_RUNTIME and NEXT_PHASE are set by Next itself, not configuration, so they are read here
  // rather than through ~/env. The sender needs Node (pg, sockets), and `next build` runs
  // register() in its prerender workers, which must not send email.
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) return;
  const { startDefaultOutboxWorker } = await import("@clinic/api/email/default-worker");
  startDefaultOutboxWorker();
}
