import { patientSearchInput } from "@clinic/domain/people/patient-search";
import { PATIENT_DATA_ROLES } from "@clinic/domain/people/roles";
import { recordAuditForPatients } from "@clinic/db/queries/audit";
import { searchPatients } from "@clinic/db/queries/patients";
import { staffProcedure } from "../../trpc";
import { patientSearchResultDto } from "./dto";

/** Find a patient by part of their name, email or phone; every patient shown is audited (the query is not stored). */
export const search = staffProcedure(PATIENT_DATA_ROLES)
  .input(patientSearchInput)
  .output(patientSearchResultDto)
  .query(async ({ ctx, input }) => {
    const { items, total } = await searchPatients(ctx.db, input);
    await recordAuditForPatients(ctx.db, ctx, {
      action: "patient.listed",
      patientIds: items.map((item) => item.id),
      metadata: { via: "patients.search" },
    });
    return { items, total, page: input.page, pageSize: input.pageSize };
  });
