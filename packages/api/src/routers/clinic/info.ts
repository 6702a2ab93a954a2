import { CLINIC_PROFILE, DISCIPLINES } from "@clinic/domain/clinic/clinic-profile";
import { z } from "zod";
import { listLocationSummaries } from "@clinic/db/queries/clinic";
import { publicProcedure } from "../../trpc";
import { clinicInfoDto } from "./dto";

/** What the home page and the site footer say about the clinic. */
export const info = publicProcedure
  .input(z.void())
  .output(clinicInfoDto)
  .query(async ({ ctx }) => ({
    ...CLINIC_PROFILE,
    disciplines: [...DISCIPLINES],
    locations: await listLocationSummaries(ctx.db),
  }));
