import { listProviderSettings, listServiceSettings } from "@clinic/db/queries/catalogue-settings";
import { listLocations } from "@clinic/db/queries/clinic";
import { rolesThatMay } from "@clinic/domain/people/staff-permissions";
import { staffProcedure } from "../../trpc";
import { catalogueDto } from "./dto";

/** Every service, provider and location, inactive ones too, for the settings pages (no patient data). */
export const catalogue = staffProcedure(rolesThatMay("catalogue.view"))
  .output(catalogueDto)
  .query(async ({ ctx }) => {
    const [services, providers, locations] = await Promise.all([
      listServiceSettings(ctx.db),
      listProviderSettings(ctx.db),
      listLocations(ctx.db),
    ]);
    return { services, providers, locations };
  });
