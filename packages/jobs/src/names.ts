/**
 * Background jobs run by apps/worker through graphile-worker (a PostgreSQL-backed queue). Jobs are
 * added with SQL inside the transaction of the change that causes them (graphile_worker.add_job),
 * so a booking and its reminder commit or roll back together.
 */
export const JOB = {
  /** Payload { appointmentId, startsAt (ISO) }; runs 24 h before the visit, writes the reminder email. */
  appointmentReminder: "appointment_reminder",
  /** No payload; one delivery run over the email outbox. Added by the worker when email is due (outbox-watch.ts), and every minute by cron. */
  deliverOutbox: "deliver_outbox",
  /** No payload; hourly housekeeping (pruning old sign-in attempts). */
  housekeeping: "housekeeping",
} as const;

/** One reminder job per appointment: rescheduling replaces it, cancelling removes it. */
export const reminderJobKey = (appointmentId: string) => `appointment-reminder:${appointmentId}`;

/** Delivery runs share one key: at most one waits at a time, however often it is asked for. */
export const DELIVER_OUTBOX_JOB_KEY = "deliver-outbox";

/** How long before the start a reminder goes out. */
export const REMINDER_LEAD_MS = 24 * 60 * 60 * 1000;
