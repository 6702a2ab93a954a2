import { lockServiceSettings, updateServiceSettings } from "@clinic/db/queries/catalogue-settings";
import { recordAudit } from "@clinic/db/queries/audit";
import { changedFields } from "@clinic/domain/clinic/catalogue-settings";
import { NotFound } from "@clinic/domain/errors/domain-error";
import { rolesThatMay } from "@clinic/domain/people/staff-permissions";
import { staffProcedure } from "../../trpc";
import { serviceSettingsDto, updateServiceInput } from "./dto";

/**
 * An administrator changes a service's name, booking policy or whether it is active. The next search
 * uses it; booked visits keep the times and buffers they were booked with (copied onto each appointment).
 */
export const updateService = staffProcedure(rolesThatMay("catalogue.edit"))
  .input(updateServiceInput)
  .output(serviceSettingsDto)
  .mutation(({ ctx, input: { id, ...settings } }) =>
    ctx.db.transaction(async (tx) => {
      const before = await lockServiceSettings(tx, id);
      if (!before) throw new NotFound("That service");
      await updateServiceSettings(tx, id, settings);
      const { id: _id, slug, category, ...previous } = before;
      await recordAudit(tx, ctx, {
        action: "service.updated",
        patientId: null,
        metadata: { serviceId: id, changedFields: changedFields(previous, settings) },
      });
      return { ...before, ...settings, slug, category };
    }),
  );
