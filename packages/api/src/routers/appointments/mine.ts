import { splitUpcomingAndPast } from "@clinic/domain/appointments/patient-timeline";
import { z } from "zod";
import { recordAudit } from "@clinic/db/queries/audit";
import { listPatientAppointments } from "@clinic/db/queries/appointments";
import { patientProcedure } from "../../trpc";
import { myAppointmentsDto } from "./dto";
import { toPatientAppointmentDto } from "./patient-appointment";

/** The signed-in patient's appointments: upcoming soonest first, past most recent first. */
export const mine = patientProcedure
  .input(z.void())
  .output(myAppointmentsDto)
  .query(async ({ ctx }) => {
    const appointments = await listPatientAppointments(ctx.db, ctx.user.patientId);
    await recordAudit(ctx.db, ctx, { action: "patient.appointments_viewed", patientId: ctx.user.patientId });
    const now = new Date();
    return splitUpcomingAndPast(
      appointments.map((appointment) => toPatientAppointmentDto(appointment, now)),
      now,
    );
  });
