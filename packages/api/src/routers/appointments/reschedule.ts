import { patientProcedure } from "../../trpc";
import { patientAppointmentDto, rescheduleInput } from "./dto";

/** Moves one of the patient's own appointments to a new start, atomically, before the cutoff. */
export const reschedule = patientProcedure
  .input(rescheduleInput)
  .output(patientAppointmentDto)
  .mutation(async () => {
    throw new Error("appointments.reschedule: not implemented yet");
  });
