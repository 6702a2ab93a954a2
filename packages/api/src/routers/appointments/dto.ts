import { APPOINTMENT_STATUSES } from "@clinic/domain/appointments/appointment-status";
import { z } from "zod";

/** When an appointment is and where it stands; every appointment DTO extends it. */
export const appointmentTimingDto = z.object({
  id: z.uuid(),
  startsAt: z.date(),
  endsAt: z.date(),
  status: z.enum(APPOINTMENT_STATUSES),
});

export const patientAppointmentDto = appointmentTimingDto.extend({
  service: z.object({ name: z.string(), durationMinutes: z.number().int() }),
  provider: z.object({ name: z.string(), title: z.string() }),
  /** Times are shown in the location's zone, and the page says which. */
  location: z.object({ name: z.string(), timeZone: z.string(), addressLine1: z.string(), city: z.string() }),
});
export type PatientAppointmentDto = z.infer<typeof patientAppointmentDto>;

export const myAppointmentsDto = z.object({
  upcoming: z.array(patientAppointmentDto),
  past: z.array(patientAppointmentDto),
});
export type MyAppointmentsDto = z.infer<typeof myAppointmentsDto>;
