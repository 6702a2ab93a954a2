import { patientProcedure } from "../../trpc";
import { cancelInput, patientAppointmentDto } from "./dto";

/** Cancels one of the signed-in patient's own appointments, before the service's cutoff. */
export const cancel = patientProcedure
  .input(cancelInput)
  .output(patientAppointmentDto)
  .mutation(async () => {
    throw new Error("appointments.cancel: not implemented yet");
  });
