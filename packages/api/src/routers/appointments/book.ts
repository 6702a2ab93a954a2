import { bookInput } from "@clinic/domain/appointments/booking-request";
import { patientProcedure } from "../../trpc";
import { bookAppointment } from "./book-appointment";
import { patientAppointmentDto } from "./dto";

/** Books a slot for the signed-in patient; the same idempotency key twice returns the same appointment. */
export const book = patientProcedure
  .input(bookInput)
  .output(patientAppointmentDto)
  .mutation(({ ctx, input }) =>
    bookAppointment(ctx, { patient: { id: ctx.user.patientId, name: ctx.user.name, email: ctx.user.email }, byUserId: ctx.user.id }, input),
  );
