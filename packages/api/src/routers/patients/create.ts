import { recordAudit, recordAuditForPatients } from "@clinic/db/queries/audit";
import { findPatientsBornOn, insertFrontDeskPatient } from "@clinic/db/queries/patients";
import { createPatientInput, likelyDuplicates } from "@clinic/domain/people/new-patient";
import { rolesThatMay } from "@clinic/domain/people/staff-permissions";
import { staffProcedure } from "../../trpc";
import { createPatientResultDto } from "./dto";

/**
 * The front desk makes a patient record on the spot. Records with the same name and date of birth
 * are offered first (`created: false`); staff confirm to make a new one anyway. The record has no
 * online account (user_id null) until the patient claims it with the same email.
 */
export const create = staffProcedure(rolesThatMay("patients.create"))
  .input(createPatientInput)
  .output(createPatientResultDto)
  .mutation(async ({ ctx, input }) => {
    if (!input.confirmNotDuplicate) {
      const duplicates = likelyDuplicates(input, await findPatientsBornOn(ctx.db, input.dateOfBirth));
      if (duplicates.length > 0) {
        await recordAuditForPatients(ctx.db, ctx, { action: "patient.duplicates_checked", patientIds: duplicates.map((patient) => patient.id) });
        return { created: false as const, duplicates };
      }
    }
    return ctx.db.transaction(async (tx) => {
      const patientId = await insertFrontDeskPatient(tx, {
        name: input.name,
        email: input.email ?? null,
        phone: input.phone,
        dateOfBirth: input.dateOfBirth,
      });
      await recordAudit(tx, ctx, { action: "patient.created", patientId, metadata: { emailGiven: Boolean(input.email) } });
      return { created: true as const, patientId };
    });
  });
