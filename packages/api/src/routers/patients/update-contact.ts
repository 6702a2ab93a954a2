import { recordAudit } from "@clinic/db/queries/audit";
import { findPatientRecord, updatePatientContact } from "@clinic/db/queries/patients";
import { updateContactInput } from "@clinic/domain/people/contact-details";
import { NotFound } from "@clinic/domain/errors/domain-error";
import { rolesThatMay } from "@clinic/domain/people/staff-permissions";
import { z } from "zod";
import { staffProcedure } from "../../trpc";
import { patientListItemDto } from "./dto";

const EDITABLE_FIELDS = ["name", "phone", "dateOfBirth"] as const;

/** The front desk corrects a patient's name, phone and date of birth; the audit names the fields, not the values. */
export const updateContact = staffProcedure(rolesThatMay("patients.editContact"))
  .input(updateContactInput.extend({ patientId: z.uuid("That is not a patient record id.") }))
  .output(patientListItemDto)
  .mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const before = await findPatientRecord(tx, input.patientId);
      if (!before || !(await updatePatientContact(tx, input.patientId, input))) throw new NotFound("That patient");
      const changedFields = EDITABLE_FIELDS.filter((field) => before[field] !== input[field]);
      await recordAudit(tx, ctx, { action: "patient.contact_updated", patientId: before.id, metadata: { changedFields, byStaff: true } });
      const after = await findPatientRecord(tx, input.patientId);
      if (!after) throw new NotFound("That patient");
      return { id: after.id, name: after.name, email: after.email, phone: after.phone, dateOfBirth: after.dateOfBirth };
    }),
  );
