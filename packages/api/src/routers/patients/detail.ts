import { NotFound } from "@clinic/domain/errors/domain-error";
import { PATIENT_DATA_ROLES } from "@clinic/domain/people/roles";
import { recordAudit } from "@clinic/db/queries/audit";
import { listPatientAppointments } from "@clinic/db/queries/appointments";
import { findPatientRecord } from "@clinic/db/queries/patients";
import { staffProcedure } from "../../trpc";
import { patientDetailDto, patientDetailInput } from "./dto";

export const detail = staffProcedure(PATIENT_DATA_ROLES)
  .input(patientDetailInput)
  .output(patientDetailDto)
  .query(async ({ ctx, input }) => {
    const record = await findPatientRecord(ctx.db, input.patientId);
    if (!record) throw new NotFound("That patient");
    const appointments = await listPatientAppointments(ctx.db, record.id);
    await recordAudit(ctx.db, ctx, { action: "patient.viewed", patientId: record.id });
    return {
      ...record,
      // Staff read a record from the latest visit backwards.
      appointments: appointments.reverse().map((a) => ({
        id: a.id,
        startsAt: a.startsAt,
        endsAt: a.endsAt,
        status: a.status,
        serviceName: a.service.name,
        providerName: a.provider.name,
        locationName: a.location.name,
        timeZone: a.location.timeZone,
      })),
    };
  });
