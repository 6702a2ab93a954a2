import { NotFound } from "@clinic/domain/errors/domain-error";
import { recordAudit } from "@clinic/db/queries/audit";
import { findPatientAppointment } from "@clinic/db/queries/appointments";
import { patientProcedure } from "../../trpc";
import { appointmentByIdInput, patientAppointmentDto } from "./dto";
import { toPatientAppointmentDto } from "./patient-appointment";

/** One of the patient's own appointments (another patient's id is NOT_FOUND). */
export const byId = patientProcedure
  .input(appointmentByIdInput)
  .output(patientAppointmentDto)
  .query(async ({ ctx, input }) => {
    // Scoped to ctx.user.patientId: another patient's id answers NOT_FOUND, exactly like an unknown one.
    const appointment = await findPatientAppointment(ctx.db, ctx.user.patientId, input.id);
    if (!appointment) throw new NotFound("That appointment");
    await recordAudit(ctx.db, ctx, {
      action: "patient.appointments_viewed",
      patientId: ctx.user.patientId,
      metadata: { appointmentId: appointment.id },
    });
    return toPatientAppointmentDto(appointment, new Date());
  });
