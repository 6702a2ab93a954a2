// The public API of this package for code that changes data (the tRPC procedures): it writes
// email and jobs in the caller's transaction, so they commit or roll back with the change.
import type { Executor } from "@clinic/db/client";
import { insertOutboxRow, outboxInsertFrom, type OutboxEmail } from "@clinic/db/queries/email-outbox";
import { addJobFrom, removeJob } from "@clinic/db/queries/job-queue";
import { sql, type SQL } from "drizzle-orm";
import { JOB, REMINDER_LEAD_MS, reminderJobKey } from "./names";

export type OutgoingEmail = OutboxEmail;
export { outboxInsertFrom };

/**
 * Writes an email to the outbox in the caller's transaction; false when `dedupeKey` was already
 * used (nothing written). No job is added: the worker's outbox watch sends it within a second or
 * two (why: docs/decisions/0010-email-outbox-without-a-job-per-email.md).
 */
export async function queueEmail(tx: Executor, email: OutgoingEmail): Promise<boolean> {
  return insertOutboxRow(tx, email);
}

/**
 * The reminder job of a visit starting at `startsAt`, one per row of `source`, replacing any
 * earlier one of this appointment; null when the visit is less than 24 h away (no reminder: the
 * confirmation has just gone out).
 */
export function reminderJobFrom(appointment: { id: string; startsAt: Date }, now: Date, source: SQL): SQL | null {
  const runAt = new Date(appointment.startsAt.getTime() - REMINDER_LEAD_MS);
  if (runAt.getTime() <= now.getTime()) return null;
  const payload = { appointmentId: appointment.id, startsAt: appointment.startsAt.toISOString() };
  return addJobFrom(JOB.appointmentReminder, payload, { runAt, jobKey: reminderJobKey(appointment.id), jobKeyMode: "replace", maxAttempts: 10 }, source);
}

/**
 * (Re)schedules the reminder 24 h before `startsAt`, replacing any earlier one for this appointment.
 * A visit less than 24 h away gets no reminder (the confirmation has just gone out).
 */
export async function scheduleAppointmentReminder(tx: Executor, appointment: { id: string; startsAt: Date }, now = new Date()): Promise<void> {
  const job = reminderJobFrom(appointment, now, sql`(values (1)) as one`);
  if (job) await tx.execute(job);
  else await cancelAppointmentReminder(tx, appointment.id);
}

/** Drops the pending reminder of a cancelled appointment (a no-op when there is none). */
export async function cancelAppointmentReminder(tx: Executor, appointmentId: string): Promise<void> {
  await removeJob(tx, reminderJobKey(appointmentId));
}
