import type { AppointmentStatus } from "@clinic/domain/appointments/appointment-status";
import { and, eq, inArray } from "drizzle-orm";
import type { Executor } from "../client";
import { appointments, locations, patients, providers, services, users } from "../schema";
import { patientEmail, patientName } from "./patients";

/** One visit as staff see it: who, what, where, when, and how it was booked. */
export async function findVisit(db: Executor, appointmentId: string, options: { forUpdate?: boolean } = {}) {
  const query = db
    .select({
      id: appointments.id,
      status: appointments.status,
      startsAt: appointments.startsAt,
      endsAt: appointments.endsAt,
      reason: appointments.reason,
      cancellationReason: appointments.cancellationReason,
      ruleOverrides: appointments.ruleOverrides,
      checkedInAt: appointments.checkedInAt,
      completedAt: appointments.completedAt,
      cancelledAt: appointments.cancelledAt,
      createdAt: appointments.createdAt,
      createdByUserId: appointments.createdByUserId,
      patientId: patients.id,
      patientName,
      patientEmail,
      patientPhone: patients.phone,
      patientDateOfBirth: patients.dateOfBirth,
      providerId: providers.id,
      providerName: providers.name,
      serviceId: services.id,
      serviceName: services.name,
      serviceDurationMinutes: services.durationMinutes,
      serviceChangeCutoffMinutes: services.changeCutoffMinutes,
      locationId: locations.id,
      locationName: locations.name,
      locationPhone: locations.phone,
      locationTimeZone: locations.timeZone,
    })
    .from(appointments)
    .innerJoin(patients, eq(patients.id, appointments.patientId))
    .leftJoin(users, eq(users.id, patients.userId))
    .innerJoin(providers, eq(providers.id, appointments.providerId))
    .innerJoin(services, eq(services.id, appointments.serviceId))
    .innerJoin(locations, eq(locations.id, appointments.locationId))
    .where(eq(appointments.id, appointmentId))
    .limit(1);
  const [row] = options.forUpdate ? await query.for("update", { of: appointments }) : await query;
  return row ?? null;
}
export type Visit = NonNullable<Awaited<ReturnType<typeof findVisit>>>;

/**
 * Moves a visit from one of the `from` statuses to `to` in one UPDATE whose WHERE re-checks the
 * status, so of two concurrent changes (check-in and no-show) exactly one wins. False when the
 * visit was not in a `from` status any more.
 */
export async function changeVisitStatus(
  db: Executor,
  appointmentId: string,
  change: { from: readonly AppointmentStatus[]; to: AppointmentStatus; byUserId: string; reason?: string | null; ruleOverrides?: readonly string[] },
): Promise<boolean> {
  const now = new Date();
  const stamp =
    change.to === "checked_in"
      ? { checkedInAt: now }
      : change.to === "completed"
        ? { completedAt: now }
        : change.to === "cancelled"
          ? { cancelledAt: now, cancelledByUserId: change.byUserId, cancellationReason: change.reason ?? null }
          : {};
  const rows = await db
    .update(appointments)
    .set({ status: change.to, ...stamp, ...(change.ruleOverrides ? { ruleOverrides: [...change.ruleOverrides] } : {}), updatedAt: now })
    .where(and(eq(appointments.id, appointmentId), inArray(appointments.status, [...change.from])))
    .returning({ id: appointments.id });
  return rows.length > 0;
}

