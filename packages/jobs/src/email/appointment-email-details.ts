import type { Executor } from "@clinic/db/client";
import { findAppointmentEmailRow } from "@clinic/db/queries/appointment-email-details";
import type { AppointmentStatus } from "@clinic/domain/appointments/appointment-status";
import { oneLineAddress } from "@clinic/domain/clinic/address";
import type { AppointmentEmailDetails } from "./appointment-email";
import { manageAppointmentsUrl } from "./site-links";

export type AppointmentEmailSource = {
  /** The patient's email; null for a front-desk record without one (nothing is sent). */
  toAddress: string | null;
  details: AppointmentEmailDetails;
  status: AppointmentStatus;
  startsAt: Date;
};

/**
 * Everything an appointment email needs: the booking, reschedule and cancel procedures call it
 * inside their transaction, the reminder job when it runs (it checks `status` and `startsAt` to
 * skip a visit that was cancelled or moved meanwhile). Null for an unknown id.
 */
export async function loadAppointmentEmailDetails(db: Executor, appointmentId: string): Promise<AppointmentEmailSource | null> {
  const row = await findAppointmentEmailRow(db, appointmentId);
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
