import { findPatientAppointment } from "../../queries/appointments";
import { patientProcedure } from "../../trpc";
import { bookAppointment } from "./book-appointment";
import { bookInput, patientAppointmentDto } from "./dto";
import { toPatientAppointmentDto } from "./patient-appointment";

/** Books a slot for the signed-in patient; the same idempotency key twice returns the same appointment. */
export const book = patientProcedure
  .input(bookInput)
  .output(patientAppointmentDto)
  .mutation(async ({ ctx, input }) => {
    const appointmentId = await bookAppointment(ctx, input);
    const appointment = await findPatientAppointment(ctx.db, ctx.user.patientId, appointmentId);
    if (!appointment) throw new Error("booked appointment was not found");
    return toPatientAppointmentDto(appointment, new Date());
  });
