import { countExisting, listProviderSettings, lockProvider, setProviderOfferings, updateProviderProfile } from "@clinic/db/queries/catalogue-settings";
import { recordAudit } from "@clinic/db/queries/audit";
import { changedFields } from "@clinic/domain/clinic/catalogue-settings";
import { DomainError, NotFound } from "@clinic/domain/errors/domain-error";
import { rolesThatMay } from "@clinic/domain/people/staff-permissions";
import { staffProcedure } from "../../trpc";
import { providerSettingsDto, updateProviderInput } from "./dto";

/** An administrator edits a provider's profile and which services they offer at which locations. */
export const updateProvider = staffProcedure(rolesThatMay("catalogue.edit"))
  .input(updateProviderInput)
  .output(providerSettingsDto)
  .mutation(({ ctx, input: { id, serviceIds, locationIds, ...profile } }) =>
    ctx.db.transaction(async (tx) => {
      if (!(await lockProvider(tx, id))) throw new NotFound("That provider");
      const offerings = { serviceIds: [...new Set(serviceIds)].sort(), locationIds: [...new Set(locationIds)].sort() };
      const [servicesFound, locationsFound] = await Promise.all([
        countExisting(tx, "services", offerings.serviceIds),
        countExisting(tx, "locations", offerings.locationIds),
      ]);
      if (servicesFound !== offerings.serviceIds.length || locationsFound !== offerings.locationIds.length) {
        throw new DomainError("invalid", "One of the chosen services or locations no longer exists. Reload the page and try again.");
      }
      const [before] = await listProviderSettings(tx, id);
      if (!before) throw new NotFound("That provider");
      await updateProviderProfile(tx, id, profile);
      await setProviderOfferings(tx, id, offerings);
      const { id: _id, slug: _slug, photo: _photo, ...previous } = before;
      await recordAudit(tx, ctx, {
        action: "provider.updated",
        patientId: null,
        metadata: { providerId: id, changedFields: changedFields(previous, { ...profile, ...offerings }) },
      });
      return { ...before, ...profile, ...offerings };
    }),
  );
