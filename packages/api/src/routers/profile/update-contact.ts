import { NotFound } from "@clinic/domain/errors/domain-error";
import { updateContactInput } from "@clinic/domain/people/contact-details";
import { recordAudit } from "@clinic/db/queries/audit";
import { findPatientContact, updatePatientContact } from "@clinic/db/queries/patients";
import { patientProcedure } from "../../trpc";
import { contactDetailsDto } from "./dto";

const EDITABLE_FIELDS = ["name", "phone", "dateOfBirth"] as const;

/** The patient corrects their own name, phone and date of birth; the audit names the fields, not the values. */
export const updateContact = patientProcedure
  .input(updateContactInput)
  .output(contactDetailsDto)
  .mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const patientId = ctx.user.patientId;
      const before = await findPatientContact(tx, patientId);
      if (!before || !(await updatePatientContact(tx, patientId, input))) throw new NotFound("Your patient profile");
      const changedFields = EDITABLE_FIELDS.filter((field) => before[field] !== input[field]);
      await recordAudit(tx, ctx, { action: "patient.contact_updated", patientId, metadata: { changedFields } });
      const after = await findPatientContact(tx, patientId);
      if (!after) throw new NotFound("Your patient profile");
      return { ...after, email: after.email ?? ctx.user.email };
    }),
  );
