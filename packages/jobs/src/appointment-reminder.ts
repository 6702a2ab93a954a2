import type { Database } from "@clinic/db/client";
import { lockAppointmentForReminder } from "@clinic/db/queries/reminders";
import { z } from "zod";
import { appointmentEmail } from "./email/appointment-email";
import { loadAppointmentEmailDetails } from "./email/appointment-email-details";
import { queueEmail } from "./enqueue";

/** What scheduleAppointmentReminder (enqueue.ts) puts in an appointment_reminder job. */
export const appointmentReminderPayload = z.object({
  appointmentId: z.uuid(),
  /** The start the reminder was scheduled for; a reschedule replaces the job with a new one. */
  startsAt: z.iso.datetime({ offset: true }),
});
export type AppointmentReminderPayload = z.infer<typeof appointmentReminderPayload>;

export type ReminderOutcome =
  /** The reminder email is in the outbox now. */
  | "queued"
  /** An earlier run (a retry, or a duplicate job) already wrote it; nothing written. */
  | "already-queued"
  | "appointment-missing"
  /** Cancelled, or otherwise no longer a visit to come to. */
  | "not-booked"
  /** The visit moved; the reminder job of its new time sends the email. */
  | "rescheduled"
  /** The worker was down past the start of the visit; a reminder now would only confuse. */
  | "already-started"
  /** A record the front desk made without an email: nowhere to send it. */
  | "no-email-address";

/** One reminder email per appointment and start time, ever (email_outbox.dedupe_key is unique). */
export const reminderDedupeKey = (appointmentId: string, startsAt: Date) => `appointment-reminder:${appointmentId}:${startsAt.toISOString()}`;

/**
 * Writes the reminder email of one appointment to the outbox, in one transaction, unless the visit
 * is no longer booked at the time the job was scheduled for. Running it twice, or in two workers at
 * once, writes one email: the second insert meets the dedupe key and is skipped.
 */
export async function queueAppointmentReminder(
  db: Database,
  payload: AppointmentReminderPayload,
  now: Date = new Date(),
): Promise<ReminderOutcome> {
  const startsAt = new Date(payload.startsAt);
  return db.transaction(async (tx) => {
    // FOR SHARE until commit: a cancellation or reschedule committing meanwhile waits for this
    // transaction, or this one waits for it and then reads the appointment as it left it.
    const locked = await lockAppointmentForReminder(tx, payload.appointmentId);
    const found = locked ? await loadAppointmentEmailDetails(tx, payload.appointmentId) : null;
    if (!found) return "appointment-missing";
    if (found.status !== "booked") return "not-booked";
    if (found.startsAt.getTime() !== startsAt.getTime()) return "rescheduled";
    if (startsAt.getTime() <= now.getTime()) return "already-started";
    if (!found.toAddress) return "no-email-address";
    const written = await queueEmail(tx, {
      ...appointmentEmail("reminder", found.details),
      toAddress: found.toAddress,
      dedupeKey: reminderDedupeKey(payload.appointmentId, startsAt),
    });
    return written ? "queued" : "already-queued";
  });
}
