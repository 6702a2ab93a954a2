import type { Executor } from "@clinic/db/client";
import { appointments } from "@clinic/db/schema";
import { sql } from "drizzle-orm";
import { auditInsertFrom, type AuditContext, type AuditEvent } from "../../audit";
import { outboxInsertFrom, reminderJobFrom, type OutgoingEmail } from "@clinic/jobs/enqueue";
import type { NewBooking } from "../../queries/bookings";

export type BookingRecord = {
  /** The id is made by the caller, so the email, reminder and audit event can name it up front. */
  appointment: NewBooking & { id: string };
  audit: AuditEvent;
  email: OutgoingEmail;
  now: Date;
};

/**
 * Writes a booking and everything that goes with it in ONE statement, which PostgreSQL runs as one
 * transaction: the appointment, and only if it went in, its reminder job, the audit event and
 * the confirmation email. Returns false when nothing was written because a constraint stood in
 * the way: the idempotency key already used, the provider's time (with buffers) already held, or
 * the patient already booked then. Without a conflict target, ON CONFLICT DO NOTHING covers the
 * exclusion constraints too; it waits for a concurrent insert to commit before deciding and never
 * deadlocks, so the caller can then ask which it was.
 */
export async function recordBooking(db: Executor, ctx: AuditContext, record: BookingRecord): Promise<boolean> {
  const { appointment: booking, now } = record;
  const inserted = sql`inserted`;
  const reminder = reminderJobFrom({ id: booking.id, startsAt: booking.startsAt }, now, inserted);
  // Data-modifying CTEs always run; the reminder's is a plain SELECT, which runs only when the
  // final SELECT reads it, hence the count.
  const result = await db.execute<{ booked: number }>(sql`
    with inserted as (
      insert into ${appointments} (id, patient_id, provider_id, service_id, location_id, starts_at, ends_at,
        buffer_before_minutes, buffer_after_minutes, reason, idempotency_key, created_by_user_id, status)
      values (${booking.id}::uuid, ${booking.patientId}::uuid, ${booking.providerId}::uuid, ${booking.serviceId}::uuid,
        ${booking.locationId}::uuid, ${booking.startsAt.toISOString()}::timestamptz, ${booking.endsAt.toISOString()}::timestamptz,
        ${booking.bufferBeforeMinutes}, ${booking.bufferAfterMinutes}, ${booking.reason}, ${booking.idempotencyKey},
        ${booking.createdByUserId}::uuid, 'booked')
      on conflict do nothing
      returning id),
    audit as (${auditInsertFrom(ctx, record.audit, inserted)}),
    email as (${outboxInsertFrom(record.email, inserted)}),
    reminder as (${reminder ?? sql`select 1 where false`})
    select (select count(*) from inserted)::int as booked, (select count(*) from reminder) as jobs`);
  return (result.rows[0]?.booked ?? 0) > 0;
}
