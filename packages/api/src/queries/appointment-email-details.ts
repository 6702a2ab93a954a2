import type { Executor } from "@clinic/db/client";
import { appointments, locations, patients, providers, services, users } from "@clinic/db/schema";
import type { AppointmentStatus } from "@clinic/domain/appointments/appointment-status";
import { eq } from "drizzle-orm";
import type { AppointmentEmailDetails } from "../email/templates/appointment-email";
import { manageAppointmentsUrl } from "../email/site-links";

/** "100 Congress Ave, Suite 2, Austin, TX 78701": a location's address on one line, as emails show it. */
export function oneLineAddress(location: { addressLine1: string; addressLine2: string | null; city: string; region: string; postalCode: string }): string {
  const street = [location.addressLine1, location.addressLine2].filter(Boolean).join(", ");
  return `${street}, ${location.city}, ${location.region} ${location.postalCode}`;
}

export type AppointmentEmailSource = {
  /** The patient's account email. */
  toAddress: string;
  details: AppointmentEmailDetails;
  status: AppointmentStatus;
  startsAt: Date;
};

/**
 * Everything an appointment email needs, in one query: the booking, reschedule and cancel
 * procedures call it inside their transaction, the reminder job when it runs (it checks `status`
 * and `startsAt` to skip a visit that was cancelled or moved meanwhile). Null for an unknown id.
 */
export async function loadAppointmentEmailDetails(db: Executor, appointmentId: string): Promise<AppointmentEmailSource | null> {
  const [row] = await db
    .select({
      toAddress: users.email,
      patientName: users.name,
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
    .innerJoin(users, eq(users.id, patients.userId))
    .innerJoin(services, eq(services.id, appointments.serviceId))
    .innerJoin(providers, eq(providers.id, appointments.providerId))
    .innerJoin(locations, eq(locations.id, appointments.locationId))
    .where(eq(appointments.id, appointmentId))
    .limit(1);
  if (!row) return null;
  return {
    toAddress: row.toAddress,
    status: row.status,
    startsAt: row.startsAt,
    details: {
      patientName: row.patientName,
      serviceName: row.serviceName,
      providerName: row.providerName,
      locationName: row.locationName,
      locationAddress: oneLineAddress(row),
      locationPhone: row.locationPhone,
      timeZone: row.timeZone,
      startsAt: row.startsAt,
      endsAt: row.endsAt,
      manageUrl: manageAppointmentsUrl(),
    },
  };
}
