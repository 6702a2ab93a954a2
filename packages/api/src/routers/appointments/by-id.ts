import { patientProcedure } from "../../trpc";
import { appointmentByIdInput, patientAppointmentDto } from "./dto";

/** One of the patient's own appointments (another patient's id is NOT_FOUND). */
export const byId = patientProcedure
  .input(appointmentByIdInput)
  .output(patientAppointmentDto)
  .query(async () => {
    throw new Error("appointments.byId: not implemented yet");
  });
