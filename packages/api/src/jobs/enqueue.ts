import type { Executor } from "@clinic/db/client";
import { emailOutbox } from "@clinic/db/schema";
import { sql, type SQL } from "drizzle-orm";
import { JOB, REMINDER_LEAD_MS, reminderJobKey } from "./names";

export type OutgoingEmail = {
  toAddress: string;
  subject: string;
  textBody: string;
  htmlBody?: string | null;
  template: string;
  /** See email_outbox.dedupe_key: a second insert with the same key is skipped. */
  dedupeKey?: string | null;
};

/**
 * An INSERT of `email` into the outbox for each row of `source` (a table expression, e.g. a CTE
 * of rows a statement has just written), skipped when its dedupe key is taken, returning the ids.
 */
export function outboxInsertFrom(email: OutgoingEmail, source: SQL): SQL {
  return sql`
    insert into ${emailOutbox} (to_address, subject, text_body, html_body, template, dedupe_key)
    select ${email.toAddress}, ${email.subject}, ${email.textBody}, ${email.htmlBody ?? null}, ${email.template}, ${email.dedupeKey ?? null}
    from ${source}
    on conflict do nothing
    returning id`;
}

/**
 * Writes an email to the outbox in the caller's transaction: if the change rolls back, so does
 * the email. Returns false when `dedupeKey` was already used (nothing written). No job is added:
 * the worker watches the outbox (outbox-watch.ts) and sends within a second or two. A queue job
 * per email made every email-writing transaction run graphile-worker's add_job and NOTIFY,
 * which cost booking a third of its throughput.
 */
export async function queueEmail(tx: Executor, email: OutgoingEmail): Promise<boolean> {
  const result = await tx.execute(outboxInsertFrom(email, sql`(values (1)) as one`));
  return result.rows.length > 0;
}

/**
 * The reminder job of a visit starting at `startsAt`, one per row of `source`, replacing any
 * earlier one of this appointment; null when the visit is less than 24 h away (no reminder: the
 * confirmation has just gone out).
 */
export function reminderJobFrom(appointment: { id: string; startsAt: Date }, now: Date, source: SQL): SQL | null {
  const runAt = new Date(appointment.startsAt.getTime() - REMINDER_LEAD_MS);
  if (runAt.getTime() <= now.getTime()) return null;
  const payload = JSON.stringify({ appointmentId: appointment.id, startsAt: appointment.startsAt.toISOString() });
  return sql`select graphile_worker.add_job(${JOB.appointmentReminder}, ${payload}::json, run_at := ${runAt.toISOString()}::timestamptz, job_key := ${reminderJobKey(appointment.id)}, job_key_mode := 'replace', max_attempts := 10) from ${source}`;
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
  await tx.execute(sql`select graphile_worker.remove_job(${reminderJobKey(appointmentId)})`);
}
