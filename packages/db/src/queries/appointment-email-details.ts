import type { AppointmentStatus } from "@clinic/domain/appointments/appointment-status";
import { eq } from "drizzle-orm";
import type { Executor } from "../client";
import { appointments, locations, patients, providers, services, users } from "../schema";
import { patientEmail, patientName } from "./patients";

/** What an appointment email says and where it goes; nothing about why the patient comes. */
export type AppointmentEmailRow = {
  /** The patient's email (the account's, else the record's); null when the front desk has none. */
  toAddress: string | null;
  patientName: string;
  status: AppointmentStatus;
  startsAt: Date;
  endsAt: Date;
  serviceName: string;
  providerName: string;
  locationName: string;
  addressLine1: string;
  addressLine2: string | null;
  city: string;
  region: string;
  postalCode: string;
  locationPhone: string;
  /** The location's IANA zone. */
  timeZone: string;
};

/**
 * Everything an appointment email needs, in one query: the booking, reschedule and cancel
 * procedures read it inside their transaction, the reminder job when it runs. Null for an unknown id.
 */
export async function findAppointmentEmailRow(db: Executor, appointmentId: string): Promise<AppointmentEmailRow | null> {
  const [row] = await db
    .select({
      toAddress: patientEmail,
      patientName: patientName,
      status: appointments.status,
      startsAt: appointments.startsAt,
      endsAt: appointments.endsAt,
      serviceName: services.name,
      providerName: providers.name,
      locationName: locations.name,
      addressLine1: locations.addressLine1,
      addressLine2: locations.addressLine2,
      city: locations.city,
      region: locations.region,
      postalCode: locations.postalCode,
      locationPhone: locations.phone,
      timeZone: locations.timeZone,
    })
    .from(appointments)
    .innerJoin(patients, eq(patients.id, appointments.patientId))
    .leftJoin(users, eq(users.id, patients.userId))
    .innerJoin(services, eq(services.id, appointments.serviceId))
    .innerJoin(providers, eq(providers.id, appointments.providerId))
    .innerJoin(locations, eq(locations.id, appointments.locationId))
    .where(eq(appointments.id, appointmentId))
    .limit(1);
  return row ?? null;
}
