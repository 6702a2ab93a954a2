import { findPatientAppointment } from "@clinic/db/queries/appointments";
import { patientProcedure } from "../../trpc";
import { patientAppointmentDto, rescheduleInput } from "./dto";
import { toPatientAppointmentDto } from "./patient-appointment";
import { rescheduleAppointment } from "./reschedule-appointment";

/** Moves one of the patient's own appointments to a new start, atomically, before the cutoff. */
export const reschedule = patientProcedure
  .input(rescheduleInput)
  .output(patientAppointmentDto)
  .mutation(async ({ ctx, input }) => {
    await rescheduleAppointment(ctx, { patientId: ctx.user.patientId }, input);
    const appointment = await findPatientAppointment(ctx.db, ctx.user.patientId, input.id);
    if (!appointment) throw new Error("rescheduled appointment was not found");
    return toPatientAppointmentDto(appointment, new Date());
  });
