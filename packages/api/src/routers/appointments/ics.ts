import { patientProcedure } from "../../trpc";
import { appointmentByIdInput, calendarFileDto } from "./dto";

/** An .ics file for one of the patient's own appointments, in the location's zone. */
export const ics = patientProcedure
  .input(appointmentByIdInput)
  .output(calendarFileDto)
  .query(async () => {
    throw new Error("appointments.ics: not implemented yet");
  });
