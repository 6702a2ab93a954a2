import type { Database } from "@clinic/db/client";
import type { JobHelpers, Task, TaskList } from "graphile-worker";
import type { Transporter } from "nodemailer";
import { runHousekeeping } from "./housekeeping";
import { appointmentReminderPayload, queueAppointmentReminder, type ReminderOutcome } from "./appointment-reminder";
import { deliverOutbox } from "./deliver-outbox";
import { JobFailed } from "./job-failure";
import { JOB } from "./names";

export type JobDependencies = {
  db: Database;
  /** How email leaves (createMailTransport: SMTP, or the development JSON transport). */
  transport: Transporter;
  /** Emails per delivery run (tests make it small). */
  batchSize?: number;
};

const REMINDER_OUTCOMES: Record<ReminderOutcome, string> = {
  queued: "reminder email written to the outbox",
  "already-queued": "reminder email was already in the outbox; nothing written",
  "appointment-missing": "appointment not found; no reminder",
  "not-booked": "appointment no longer booked; no reminder",
  rescheduled: "appointment was moved; the reminder of its new time will go out instead",
  "already-started": "the visit has already started; no reminder",
  "no-email-address": "the patient has no email address; no reminder",
};

/** The handlers of the jobs in names.ts, for graphile-worker's `run({ taskList })`. */
export function taskList({ db, transport, batchSize }: JobDependencies): TaskList {
  return {
    [JOB.appointmentReminder]: reportingOnlyErrorClass(async (payload, helpers) => {
      const parsed = appointmentReminderPayload.safeParse(payload);
      if (!parsed.success) {
        // Trying again would not fix it; the job is dropped, its id left in the log to look into.
        helpers.logger.error(`job ${helpers.job.id} has no valid appointment id and start time; dropped`);
        return;
      }
      const outcome = await queueAppointmentReminder(db, parsed.data);
      helpers.logger.info(`appointment ${parsed.data.appointmentId}: ${REMINDER_OUTCOMES[outcome]}`);
    }),
    [JOB.deliverOutbox]: reportingOnlyErrorClass(async (_payload, helpers) => {
      const report = await deliverOutbox(db, transport, { batchSize, stopped: () => helpers.abortSignal.aborted });
      if (report.claimed > 0 || report.recovered > 0) {
        helpers.logger.info(`emails sent ${report.sent}, to retry ${report.retrying}, given up ${report.failed}`);
      }
    }),
    [JOB.housekeeping]: reportingOnlyErrorClass(async (_payload, helpers) => {
      const { signInAttemptsRemoved } = await runHousekeeping(db);
      if (signInAttemptsRemoved > 0) helpers.logger.info(`removed ${signInAttemptsRemoved} old sign-in attempts`);
    }),
  };
}

/** Rethrows a failure as JobFailed, so graphile-worker logs and stores its class, not its message. */
function reportingOnlyErrorClass(task: (payload: unknown, helpers: JobHelpers) => Promise<void>): Task {
  return async (payload, helpers) => {
    try {
      await task(payload, helpers);
    } catch (error) {
      throw new JobFailed(error);
    }
  };
}
