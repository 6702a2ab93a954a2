import { sql, type SQL } from "drizzle-orm";
import type { Executor } from "../client";
import { appointments } from "../schema";
import { and, eq } from "drizzle-orm";
import { auditInsertFrom, type AuditContext, type AuditEvent } from "./audit";
import { columnList } from "./sql-names";

/** The appointment an earlier request with this idempotency key created for this patient, if any. */
export async function findAppointmentIdByIdempotencyKey(db: Executor, patientId: string, idempotencyKey: string): Promise<string | null> {
  const [row] = await db
    .select({ id: appointments.id })
    .from(appointments)
    .where(and(eq(appointments.patientId, patientId), eq(appointments.idempotencyKey, idempotencyKey)))
    .limit(1);
  return row?.id ?? null;
}

export type NewBooking = {
  patientId: string;
  providerId: string;
  serviceId: string;
  locationId: string;
  startsAt: Date;
  endsAt: Date;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  reason: string | null;
  idempotencyKey: string;
  createdByUserId: string;
  /** The rules staff waived for this booking (staff-booking.ts RULE_OVERRIDES); none online. */
  ruleOverrides?: readonly string[];
};

export type BookingRecord = {
  /** The id is made by the caller, so the email, reminder and audit event can name it up front. */
  appointment: NewBooking & { id: string };
  audit: AuditEvent;
  /**
   * The other writes that go with the booking, each an INSERT … SELECT from `inserted` (the
   * appointment's row, when it went in): the confirmation email, or null (no address); the reminder job, or null.
   */
  email: (inserted: SQL) => SQL | null;
  reminder: (inserted: SQL) => SQL | null;
};

/**
 * Writes a booking and everything that goes with it in ONE statement, which PostgreSQL runs as one
 * transaction: the appointment and, only if it went in, the reminder job, the audit event and the
 * email. Returns false when a constraint stood in the way (the idempotency key already used, the
 * provider's or the patient's time already held) and nothing was written. ON CONFLICT DO NOTHING
 * without a target covers the exclusion constraints too; it waits for a concurrent insert to
 * commit and never deadlocks, so the caller can then ask which it was.
 */
export async function recordBooking(db: Executor, ctx: AuditContext, record: BookingRecord): Promise<boolean> {
  const { appointment: booking } = record;
  const inserted = sql`inserted`;
  const a = appointments;
  const reminder = record.reminder(inserted);
  const email = record.email(inserted);
  // Data-modifying CTEs always run; the reminder's is a plain SELECT, which runs only when the
  // final SELECT reads it, hence the count.
  const result = await db.execute<{ booked: number }>(sql`
    with inserted as (
      insert into ${a} (${columnList(a.id, a.patientId, a.providerId, a.serviceId, a.locationId, a.startsAt, a.endsAt,
        a.bufferBeforeMinutes, a.bufferAfterMinutes, a.reason, a.idempotencyKey, a.createdByUserId, a.ruleOverrides, a.status)})
      values (${booking.id}::uuid, ${booking.patientId}::uuid, ${booking.providerId}::uuid, ${booking.serviceId}::uuid,
        ${booking.locationId}::uuid, ${booking.startsAt.toISOString()}::timestamptz, ${booking.endsAt.toISOString()}::timestamptz,
        ${booking.bufferBeforeMinutes}, ${booking.bufferAfterMinutes}, ${booking.reason}, ${booking.idempotencyKey},
        ${booking.createdByUserId}::uuid, ${`{${(booking.ruleOverrides ?? []).join(",")}}`}::text[], 'booked')
      on conflict do nothing
      returning id),
    audit as (${auditInsertFrom(ctx, record.audit, inserted)}),
    email as (${email ?? sql`select 1 where false`}),
    reminder as (${reminder ?? sql`select 1 where false`})
    select (select count(*) from inserted)::int as booked, (select count(*) from reminder) as jobs`);
  return (result.rows[0]?.booked ?? 0) > 0;
}

/** The exclusion constraint that keeps a patient from holding two overlapping visits (migrations/0003_*.sql). */
export const PATIENT_OVERLAP_CONSTRAINT = "appointments_no_patient_overlap";

/** Moves an appointment in one UPDATE; the exclusion constraints check the new time against every other row. */
export async function moveAppointment(
  tx: Executor,
  appointmentId: string,
  to: { startsAt: Date; endsAt: Date; bufferBeforeMinutes: number; bufferAfterMinutes: number; ruleOverrides?: readonly string[] },
): Promise<void> {
  await tx
    .update(appointments)
    .set({ ...to, ruleOverrides: to.ruleOverrides ? [...to.ruleOverrides] : undefined, updatedAt: new Date() })
    .where(eq(appointments.id, appointmentId));
}

export async function cancelAppointment(
  tx: Executor,
  appointmentId: string,
  cancellation: { cancelledByUserId: string; reason: string | null },
): Promise<void> {
  const now = new Date();
  await tx
    .update(appointments)
    .set({
      status: "cancelled",
      cancelledAt: now,
      cancelledByUserId: cancellation.cancelledByUserId,
      cancellationReason: cancellation.reason,
      updatedAt: now,
    })
    .where(eq(appointments.id, appointmentId));
}
