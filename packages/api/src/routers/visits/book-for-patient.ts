import { recordAudit } from "@clinic/db/queries/audit";
import { findPatientRecord } from "@clinic/db/queries/patients";
import { bookForPatientInput } from "@clinic/domain/appointments/staff-booking";
import { NotFound } from "@clinic/domain/errors/domain-error";
import { rolesThatMay, staffMay } from "@clinic/domain/people/staff-permissions";
import { TRPCError } from "@trpc/server";
import { staffProcedure } from "../../trpc";
import { bookAppointment } from "../appointments/book-appointment";
import { patientAppointmentDto } from "../appointments/dto";

/**
 * The front desk books for a patient (by phone, at the desk) through the same decision and write as
 * online booking, optionally waiving notice, horizon or change cutoff (never an overlap); the waiver
 * is recorded on the appointment and in the audit event. Same idempotency key, same appointment.
 */
export const bookForPatient = staffProcedure(rolesThatMay("appointments.bookForPatient"))
  .input(bookForPatientInput)
  .output(patientAppointmentDto)
  .mutation(async ({ ctx, input }) => {
    if (input.overrides.length > 0 && !staffMay(ctx.user.role, "appointments.overrideRules")) {
      throw new TRPCError({ code: "FORBIDDEN", message: "Your role may not waive booking rules." });
    }
    const patient = await findPatientRecord(ctx.db, input.patientId);
    if (!patient) throw new NotFound("That patient");
    await recordAudit(ctx.db, ctx, { action: "patient.viewed", patientId: patient.id, metadata: { for: "booking" } });
    return bookAppointment(
      ctx,
      { patient: { id: patient.id, name: patient.name, email: patient.email }, byUserId: ctx.user.id, overrides: input.overrides },
      input,
    );
  });
