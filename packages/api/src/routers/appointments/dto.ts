import { APPOINTMENT_STATUSES } from "@clinic/domain/appointments/appointment-status";
import { z } from "zod";
import { reasonSchema, slotStart } from "@clinic/domain/appointments/booking-request";

/** When an appointment is and where it stands; every appointment DTO extends it. */
export const appointmentTimingDto = z.object({
  id: z.uuid(),
  startsAt: z.date(),
  endsAt: z.date(),
  status: z.enum(APPOINTMENT_STATUSES),
});

export const patientAppointmentDto = appointmentTimingDto.extend({
  service: z.object({ id: z.uuid(), slug: z.string(), name: z.string(), durationMinutes: z.number().int() }),
  provider: z.object({ id: z.uuid(), name: z.string(), title: z.string() }),
  /** Times are shown in the location's zone, and the page says which. */
  location: z.object({
    id: z.uuid(),
    name: z.string(),
    timeZone: z.string(),
    addressLine1: z.string(),
    city: z.string(),
    phone: z.string(),
  }),
  /** The patient's reason for the visit, as they wrote it. */
  reason: z.string().nullable(),
  /** Whether the patient may still cancel or reschedule online, and until when. */
  change: z.object({ allowed: z.boolean(), cutoffAt: z.date(), cutoffMinutes: z.number().int() }),
});
export type PatientAppointmentDto = z.infer<typeof patientAppointmentDto>;

export const myAppointmentsDto = z.object({
  upcoming: z.array(patientAppointmentDto),
  past: z.array(patientAppointmentDto),
});
export type MyAppointmentsDto = z.infer<typeof myAppointmentsDto>;

const appointmentId = z.uuid({ message: "That appointment was not found." });

export const appointmentByIdInput = z.object({ id: appointmentId });

export const cancelInput = z.object({
  id: appointmentId,
  reason: reasonSchema,
});

export const rescheduleInput = z.object({ id: appointmentId, start: slotStart });

export const calendarFileDto = z.object({ filename: z.string(), content: z.string() });
export type CalendarFileDto = z.infer<typeof calendarFileDto>;
