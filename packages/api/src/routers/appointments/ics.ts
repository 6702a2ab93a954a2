import { CLINIC_PROFILE } from "@clinic/domain/clinic/clinic-profile";
import { NotFound } from "@clinic/domain/errors/domain-error";
import { calendarFile } from "@clinic/domain/scheduling/calendar-file";
import { toZonedIsoString } from "@clinic/domain/time/zoned-time";
import { recordAudit } from "@clinic/db/queries/audit";
import { manageAppointmentsUrl } from "@clinic/jobs/email/site-links";
import { countAppointmentChanges, findPatientAppointment, type PatientAppointment } from "@clinic/db/queries/appointments";
import { patientProcedure } from "../../trpc";
import { appointmentByIdInput, calendarFileDto } from "./dto";

/** "riverbend": the clinic's first word, lower-case, starts every calendar file name. */
const FILE_PREFIX = CLINIC_PROFILE.name.split(" ")[0]?.toLowerCase().replace(/[^a-z0-9]/g, "") ?? "clinic";

/** "riverbend-2027-03-14-physical-therapy.ics": the local date of the visit and the service. */
export function calendarFileName(appointment: PatientAppointment): string {
  const localDate = toZonedIsoString(appointment.startsAt, appointment.location.timeZone).slice(0, 10);
  return `${FILE_PREFIX}-${localDate}-${appointment.service.slug}.ics`;
}

/** An .ics file for one of the patient's own appointments, in the location's zone. */
export const ics = patientProcedure
  .input(appointmentByIdInput)
  .output(calendarFileDto)
  .query(async ({ ctx, input }) => {
    const appointment = await findPatientAppointment(ctx.db, ctx.user.patientId, input.id);
    if (!appointment) throw new NotFound("That appointment");
    const { location, provider, service } = appointment;
    // Calendars replace an imported event when its SEQUENCE grows: one more per reschedule or cancel.
    const sequence = await countAppointmentChanges(ctx.db, ctx.user.patientId, appointment.id);
    const manageUrl = manageAppointmentsUrl();
    const content = calendarFile({
      uid: `${appointment.id}@riverbend-clinic`,
      sequence,
      start: appointment.startsAt,
      end: appointment.endsAt,
      timeZone: location.timeZone,
      summary: `${service.name} at ${CLINIC_PROFILE.name}`,
      // The patient's reason stays out: calendars are often shared or synced to work accounts.
      description: `With ${provider.name}, ${provider.title}. To reschedule or cancel, visit ${manageUrl} or call ${location.name} at ${location.phone}.`,
      location: `${location.name}, ${location.addressLine1}, ${location.city}, ${location.region} ${location.postalCode}`,
      status: appointment.status === "cancelled" ? "CANCELLED" : "CONFIRMED",
      now: new Date(),
      url: manageUrl,
    });
    await recordAudit(ctx.db, ctx, {
      action: "patient.appointments_viewed",
      patientId: ctx.user.patientId,
      metadata: { appointmentId: appointment.id, as: "calendar file" },
    });
    return { filename: calendarFileName(appointment), content };
  });
