import { NoProviderRecord } from "@clinic/domain/appointments/visit-transitions";
import { NotFound } from "@clinic/domain/errors/domain-error";
import { NotYourPatient } from "@clinic/domain/people/patient-access";
import { rolesThatMay } from "@clinic/domain/people/staff-permissions";
import { recordAudit } from "@clinic/db/queries/audit";
import { listPatientAppointments } from "@clinic/db/queries/appointments";
import { findPatientRecord, patientHasVisitWith } from "@clinic/db/queries/patients";
import { scopeOf } from "../../staff-scope";
import { staffProcedure } from "../../trpc";
import { patientDetailDto, patientDetailInput } from "./dto";

/**
 * One patient's record with their visits. A provider reaches it only when the patient has a visit
 * with them (past or upcoming) and then sees only those visits; anyone else's is refused, saying why.
 */
export const detail = staffProcedure(rolesThatMay("patients.viewAll", "patients.viewOwn"))
  .input(patientDetailInput)
  .output(patientDetailDto)
  .query(async ({ ctx, input }) => {
    const scope = await scopeOf(ctx.db, ctx.user, "patients.viewAll", "patients.viewOwn");
    if (scope.kind === "none") throw new NoProviderRecord("patient records");
    const record = await findPatientRecord(ctx.db, input.patientId);
    if (!record) throw new NotFound("That patient");
    if (scope.kind === "own" && !(await patientHasVisitWith(ctx.db, record.id, scope.providerId))) throw new NotYourPatient(record.id);
    const appointments = await listPatientAppointments(ctx.db, record.id, scope.kind === "own" ? { providerId: scope.providerId } : {});
    await recordAudit(ctx.db, ctx, { action: "patient.viewed", patientId: record.id });
    return {
      ...record,
      reach: scope.kind,
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
