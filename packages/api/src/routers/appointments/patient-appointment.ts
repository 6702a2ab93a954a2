import { patientChangeWindow } from "@clinic/domain/scheduling/change-policy";
import type { PatientAppointment } from "@clinic/db/queries/appointments";
import type { PatientAppointmentDto } from "./dto";

/** An appointment as its patient sees it, with whether (and until when) they may still change it online. */
export function toPatientAppointmentDto(appointment: PatientAppointment, now: Date): PatientAppointmentDto {
  const cutoffMinutes = appointment.service.changeCutoffMinutes;
  const window = patientChangeWindow(appointment.startsAt, { changeCutoffMinutes: cutoffMinutes }, now);
  return {
    ...appointment,
    change: { allowed: appointment.status === "booked" && window.allowed, cutoffAt: window.cutoffAt, cutoffMinutes },
  };
}
