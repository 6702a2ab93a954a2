import { lockLocationSettings, updateLocationSettings } from "@clinic/db/queries/catalogue-settings";
import { recordAudit } from "@clinic/db/queries/audit";
import { changedFields } from "@clinic/domain/clinic/catalogue-settings";
import { NotFound } from "@clinic/domain/errors/domain-error";
import { rolesThatMay } from "@clinic/domain/people/staff-permissions";
import { staffProcedure } from "../../trpc";
import { locationSettingsDto, updateLocationInput } from "./dto";

/** An administrator edits a location's address, phone, time zone and opening hours. */
export const updateLocation = staffProcedure(rolesThatMay("catalogue.edit"))
  .input(updateLocationInput)
  .output(locationSettingsDto)
  .mutation(({ ctx, input: { id, ...settings } }) =>
    ctx.db.transaction(async (tx) => {
      const before = await lockLocationSettings(tx, id);
      if (!before) throw new NotFound("That location");
      const openingHours = [...settings.openingHours].sort((a, b) => a.weekday - b.weekday);
      const next = { ...settings, openingHours };
      await updateLocationSettings(tx, id, next);
      const { id: _id, slug, ...previous } = before;
      await recordAudit(tx, ctx, {
        action: "location.updated",
        patientId: null,
        metadata: { locationId: id, changedFields: changedFields(previous, next) },
      });
      return { id, slug, ...next };
    }),
  );
