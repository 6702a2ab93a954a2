import { recordAudit } from "@clinic/db/queries/audit";
import { lockProvider } from "@clinic/db/queries/catalogue-settings";
import { readProviderPhoto, setProviderPhoto } from "@clinic/db/queries/provider-photos";
import { NotFound } from "@clinic/domain/errors/domain-error";
import { rolesThatMay } from "@clinic/domain/people/staff-permissions";
import { staffProcedure } from "../../trpc";
import { providerPhotoResultDto, removeProviderPhotoInput } from "./dto";

/** Takes the provider's portrait off their profile; the stored image stays (it may be used elsewhere). */
export const removeProviderPhoto = staffProcedure(rolesThatMay("catalogue.edit"))
  .input(removeProviderPhotoInput)
  .output(providerPhotoResultDto)
  .mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      if (!(await lockProvider(tx, input.providerId))) throw new NotFound("That provider");
      const before = await readProviderPhoto(tx, input.providerId);
      await setProviderPhoto(tx, input.providerId, null);
      await recordAudit(tx, ctx, {
        action: "provider.photo_removed",
        patientId: null,
        metadata: { providerId: input.providerId, hadPhoto: before?.photo !== null },
      });
      return { ok: true as const, photo: null };
    }),
  );
