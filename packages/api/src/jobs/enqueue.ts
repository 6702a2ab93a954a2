import type { Executor } from "@clinic/db/client";
import { emailOutbox } from "@clinic/db/schema";
import { sql } from "drizzle-orm";
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
 * Writes an email to the outbox and asks the worker for a delivery run, in the caller's
 * transaction: if the change rolls back, so does the email. Returns false when `dedupeKey` was
 * already used (nothing written).
 */
export async function queueEmail(tx: Executor, email: OutgoingEmail): Promise<boolean> {
  // One statement (it runs inside busy booking transactions). One delivery job per email, with no
  // job key: a shared key would make every transaction that sends email update, and lock until
  // commit, the same job row, queueing all bookings behind one another. Extra runs are cheap: each
  // claims due rows with SKIP LOCKED and stops when none are left.
  const result = await tx.execute(sql`
    with inserted as (
      insert into ${emailOutbox} (to_address, subject, text_body, html_body, template, dedupe_key)
      values (${email.toAddress}, ${email.subject}, ${email.textBody}, ${email.htmlBody ?? null}, ${email.template}, ${email.dedupeKey ?? null})
      on conflict do nothing
      returning id)
    select graphile_worker.add_job(${JOB.deliverOutbox}, '{}'::json) from inserted`);
  return result.rows.length > 0;
}

/**
 * (Re)schedules the reminder 24 h before `startsAt`, replacing any earlier one for this appointment.
 * A visit less than 24 h away gets no reminder (the confirmation has just gone out).
 */
export async function scheduleAppointmentReminder(tx: Executor, appointment: { id: string; startsAt: Date }, now = new Date()): Promise<void> {
  const runAt = new Date(appointment.startsAt.getTime() - REMINDER_LEAD_MS);
  if (runAt.getTime() <= now.getTime()) {
    await cancelAppointmentReminder(tx, appointment.id);
    return;
  }
  const payload = JSON.stringify({ appointmentId: appointment.id, startsAt: appointment.startsAt.toISOString() });
  await tx.execute(
    sql`select graphile_worker.add_job(${JOB.appointmentReminder}, ${payload}::json, run_at := ${runAt.toISOString()}::timestamptz, job_key := ${reminderJobKey(appointment.id)}, job_key_mode := 'replace', max_attempts := 10)`,
  );
}

/** Drops the pending reminder of a cancelled appointment (a no-op when there is none). */
export async function cancelAppointmentReminder(tx: Executor, appointmentId: string): Promise<void> {
  await tx.execute(sql`select graphile_worker.remove_job(${reminderJobKey(appointmentId)})`);
}
