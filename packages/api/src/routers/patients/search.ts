import { NoProviderRecord } from "@clinic/domain/appointments/visit-transitions";
import { patientSearchInput } from "@clinic/domain/people/patient-search";
import { rolesThatMay } from "@clinic/domain/people/staff-permissions";
import { recordPatientsListed } from "@clinic/db/queries/audit";
import { searchPatients } from "@clinic/db/queries/patients";
import { scopeOf } from "../../staff-scope";
import { staffProcedure } from "../../trpc";
import { patientSearchResultDto } from "./dto";

/**
 * Find a patient by part of their name, email or phone; every patient shown is audited (the query is
 * not stored). A provider finds only patients with a visit with them, and the answer says so.
 */
export const search = staffProcedure(rolesThatMay("patients.viewAll", "patients.viewOwn"))
  .input(patientSearchInput)
  .output(patientSearchResultDto)
  .query(async ({ ctx, input }) => {
    const scope = await scopeOf(ctx.db, ctx.user, "patients.viewAll", "patients.viewOwn");
    if (scope.kind === "none") throw new NoProviderRecord("patient records");
    const { items, total } = await searchPatients(ctx.db, input, scope.kind === "own" ? { providerId: scope.providerId } : {});
    await recordPatientsListed(ctx.db, ctx, {
      patientIds: items.map((item) => item.id),
      via: "patients.search",
    });
    return { items, total, page: input.page, pageSize: input.pageSize, reach: scope.kind };
  });
