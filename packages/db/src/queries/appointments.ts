import type { Executor } from "../client";
import { appointments, auditEvents, locations, patients, providers, services, users } from "../schema";
import { and, asc, count, eq, gte, inArray, lt, sql } from "drizzle-orm";
import { patientName } from "./patients";

/** What a patient sees of one of their appointments, and what the change policy needs. */
const patientAppointmentColumns = {
  id: appointments.id,
  startsAt: appointments.startsAt,
  endsAt: appointments.endsAt,
  status: appointments.status,
  reason: appointments.reason,
  serviceId: services.id,
  serviceSlug: services.slug,
  serviceName: services.name,
  // The visit's own length: a later change to the service's duration does not rewrite booked visits.
  serviceDurationMinutes: sql<number>`(extract(epoch from ${appointments.endsAt} - ${appointments.startsAt}) / 60)::int`.mapWith(Number),
  serviceChangeCutoffMinutes: services.changeCutoffMinutes,
  providerId: providers.id,
  providerName: providers.name,
  providerTitle: providers.title,
  locationId: locations.id,
  locationSlug: locations.slug,
  locationName: locations.name,
  locationTimeZone: locations.timeZone,
  locationAddressLine1: locations.addressLine1,
  locationCity: locations.city,
  locationRegion: locations.region,
  locationPostalCode: locations.postalCode,
  locationPhone: locations.phone,
};

type PatientAppointmentRow = Awaited<ReturnType<ReturnType<typeof selectPatientAppointments>["execute"]>>[number];

function toPatientAppointment(row: PatientAppointmentRow) {
  return {
    id: row.id,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    status: row.status,
    reason: row.reason,
    service: {
      id: row.serviceId,
      slug: row.serviceSlug,
      name: row.serviceName,
      durationMinutes: row.serviceDurationMinutes,
      changeCutoffMinutes: row.serviceChangeCutoffMinutes,
    },
    provider: { id: row.providerId, name: row.providerName, title: row.providerTitle },
    location: {
      id: row.locationId,
      slug: row.locationSlug,
      name: row.locationName,
      timeZone: row.locationTimeZone,
      addressLine1: row.locationAddressLine1,
      city: row.locationCity,
      region: row.locationRegion,
      postalCode: row.locationPostalCode,
      phone: row.locationPhone,
    },
  };
}
export type PatientAppointment = ReturnType<typeof toPatientAppointment>;

function selectPatientAppointments(db: Executor) {
  return db
    .select(patientAppointmentColumns)
    .from(appointments)
    .innerJoin(services, eq(services.id, appointments.serviceId))
    .innerJoin(providers, eq(providers.id, appointments.providerId))
    .innerJoin(locations, eq(locations.id, appointments.locationId));
}

/**
 * Every appointment of one patient, soonest first, with what the patient needs to find their way
 * there (the staff record shows the same rows, newest first; a provider's view only their own visits).
 */
export async function listPatientAppointments(db: Executor, patientId: string, only: { providerId?: string } = {}): Promise<PatientAppointment[]> {
  const withProvider = only.providerId ? eq(appointments.providerId, only.providerId) : undefined;
  const rows = await selectPatientAppointments(db)
    .where(and(eq(appointments.patientId, patientId), withProvider))
    .orderBy(asc(appointments.startsAt));
  return rows.map(toPatientAppointment);
}

/**
 * One appointment of this patient, or null when there is none with that id *for this patient*:
 * another patient's appointment is indistinguishable from a missing one. `forUpdate` locks the
 * row until the transaction ends, so a cancel and a reschedule of it run one after the other.
 */
export async function findPatientAppointment(
  db: Executor,
  patientId: string,
  appointmentId: string,
  options: { forUpdate?: boolean } = {},
): Promise<PatientAppointment | null> {
  const query = selectPatientAppointments(db)
    .where(and(eq(appointments.id, appointmentId), eq(appointments.patientId, patientId)))
    .limit(1);
  const [row] = options.forUpdate ? await query.for("update", { of: appointments }) : await query;
  return row ? toPatientAppointment(row) : null;
}

/** Appointments at one location that start within [start, end), in time order. */
export async function listLocationAppointmentsStarting(
  db: Executor,
  locationId: string,
  range: { start: Date; end: Date },
  only: { providerId?: string } = {},
) {
  const rows = await db
    .select({
      id: appointments.id,
      startsAt: appointments.startsAt,
      endsAt: appointments.endsAt,
      status: appointments.status,
      patientId: patients.id,
      patientName: patientName,
      providerName: providers.name,
      serviceName: services.name,
    })
    .from(appointments)
    .innerJoin(patients, eq(patients.id, appointments.patientId))
    .leftJoin(users, eq(users.id, patients.userId))
    .innerJoin(providers, eq(providers.id, appointments.providerId))
    .innerJoin(services, eq(services.id, appointments.serviceId))
    .where(
      and(
        eq(appointments.locationId, locationId),
        gte(appointments.startsAt, range.start),
        lt(appointments.startsAt, range.end),
        only.providerId ? eq(appointments.providerId, only.providerId) : undefined,
      ),
    )
    .orderBy(asc(appointments.startsAt), asc(providers.name));
  return rows.map((row) => ({
    id: row.id,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    status: row.status,
    patient: { id: row.patientId, name: row.patientName },
    provider: { name: row.providerName },
    service: { name: row.serviceName },
  }));
}

export async function listLocationZones(db: Executor) {
  return db
    .select({ id: locations.id, name: locations.name, timeZone: locations.timeZone })
    .from(locations)
    .orderBy(asc(locations.name));
}

/**
 * How many times the patient changed an appointment (rescheduled or cancelled it), counted from
 * the audit trail (served by audit_events_patient_idx): an .ics file's SEQUENCE.
 */
export async function countAppointmentChanges(db: Executor, patientId: string, appointmentId: string): Promise<number> {
  const [row] = await db
    .select({ changes: count() })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.patientId, patientId),
        inArray(auditEvents.action, ["appointment.rescheduled", "appointment.cancelled"]),
        sql`${auditEvents.metadata}->>'appointmentId' = ${appointmentId}`,
      ),
    );
  return row?.changes ?? 0;
}
