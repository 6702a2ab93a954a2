import type { Executor } from "@clinic/db/client";
import { appointments } from "@clinic/db/schema";
import { and, eq } from "drizzle-orm";

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
};

/** The exclusion constraint that keeps a patient from holding two overlapping visits (migrations/0003_*.sql). */
export const PATIENT_OVERLAP_CONSTRAINT = "appointments_no_patient_overlap";

/** Moves an appointment in one UPDATE; the exclusion constraints check the new time against every other row. */
export async function moveAppointment(
  tx: Executor,
  appointmentId: string,
  to: { startsAt: Date; endsAt: Date; bufferBeforeMinutes: number; bufferAfterMinutes: number },
): Promise<void> {
  await tx
    .update(appointments)
    .set({ ...to, updatedAt: new Date() })
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
