import type { Executor } from "@clinic/db/client";
import { appointments, locations, patients, providers, services, users } from "@clinic/db/schema";
import { and, asc, eq, gte, lt } from "drizzle-orm";

/**
 * Every appointment of one patient, soonest first, with what the patient needs to find their way
 * there (the staff record shows the same rows, newest first).
 */
export async function listPatientAppointments(db: Executor, patientId: string) {
  const rows = await db
    .select({
      id: appointments.id,
      startsAt: appointments.startsAt,
      endsAt: appointments.endsAt,
      status: appointments.status,
      serviceName: services.name,
      serviceDurationMinutes: services.durationMinutes,
      providerName: providers.name,
      providerTitle: providers.title,
      locationName: locations.name,
      locationTimeZone: locations.timeZone,
      locationAddressLine1: locations.addressLine1,
      locationCity: locations.city,
    })
    .from(appointments)
    .innerJoin(services, eq(services.id, appointments.serviceId))
    .innerJoin(providers, eq(providers.id, appointments.providerId))
    .innerJoin(locations, eq(locations.id, appointments.locationId))
    .where(eq(appointments.patientId, patientId))
    .orderBy(asc(appointments.startsAt));
  return rows.map((row) => ({
    id: row.id,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    status: row.status,
    service: { name: row.serviceName, durationMinutes: row.serviceDurationMinutes },
    provider: { name: row.providerName, title: row.providerTitle },
    location: {
      name: row.locationName,
      timeZone: row.locationTimeZone,
      addressLine1: row.locationAddressLine1,
      city: row.locationCity,
    },
  }));
}

/** Appointments at one location that start within [start, end), in time order. */
export async function listLocationAppointmentsStarting(
  db: Executor,
  locationId: string,
  range: { start: Date; end: Date },
) {
  const rows = await db
    .select({
      id: appointments.id,
      startsAt: appointments.startsAt,
      endsAt: appointments.endsAt,
      status: appointments.status,
      patientId: patients.id,
      patientName: users.name,
      providerName: providers.name,
      serviceName: services.name,
    })
    .from(appointments)
    .innerJoin(patients, eq(patients.id, appointments.patientId))
    .innerJoin(users, eq(users.id, patients.userId))
    .innerJoin(providers, eq(providers.id, appointments.providerId))
    .innerJoin(services, eq(services.id, appointments.serviceId))
    .where(
      and(
        eq(appointments.locationId, locationId),
        gte(appointments.startsAt, range.start),
        lt(appointments.startsAt, range.end),
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
