import { NotFound } from "@clinic/domain/errors/domain-error";
import { z } from "zod";
import { recordAudit } from "@clinic/db/queries/audit";
import { findPatientContact } from "@clinic/db/queries/patients";
import { patientProcedure } from "../../trpc";
import { contactDetailsDto } from "./dto";

export const me = patientProcedure
  .input(z.void())
  .output(contactDetailsDto)
  .query(async ({ ctx }) => {
    const contact = await findPatientContact(ctx.db, ctx.user.patientId);
    if (!contact) throw new NotFound("Your patient profile");
    await recordAudit(ctx.db, ctx, { action: "patient.profile_viewed", patientId: ctx.user.patientId });
    // A signed-in patient has an account, so its email.
    return { ...contact, email: contact.email ?? ctx.user.email };
  });
