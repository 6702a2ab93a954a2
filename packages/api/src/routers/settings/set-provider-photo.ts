import { recordAudit } from "@clinic/db/queries/audit";
import { lockProvider } from "@clinic/db/queries/catalogue-settings";
import { mediaStore } from "@clinic/db/queries/media";
import { readProviderPhoto, setProviderPhoto as pointProviderAt } from "@clinic/db/queries/provider-photos";
import { NotFound } from "@clinic/domain/errors/domain-error";
import { checkMediaUpload } from "@clinic/domain/media/upload";
import { providerPhotoAlt } from "@clinic/domain/media/provider-photo";
import { rolesThatMay } from "@clinic/domain/people/staff-permissions";
import { staffProcedure } from "../../trpc";
import { providerPhotoResultDto, setProviderPhotoInput } from "./dto";

/** An administrator gives a provider a portrait: the same checks as library images, stored once per hash, audited. */
export const setProviderPhoto = staffProcedure(rolesThatMay("catalogue.edit"))
  .input(setProviderPhotoInput)
  .output(providerPhotoResultDto)
  .mutation(async ({ ctx, input }) => {
    const provider = await readProviderPhoto(ctx.db, input.providerId);
    if (!provider) throw new NotFound("That provider");
    const decision = await checkMediaUpload(Buffer.from(input.imageBase64, "base64"), providerPhotoAlt(input.alt, provider.name));
    if (!decision.ok) return { ok: false as const, ...decision.refusal };
    return ctx.db.transaction(async (tx) => {
      if (!(await lockProvider(tx, input.providerId))) throw new NotFound("That provider");
      const stored = await mediaStore(tx).store(ctx, decision.upload);
      const previous = await readProviderPhoto(tx, input.providerId);
      await pointProviderAt(tx, input.providerId, { mediaId: stored.id, alt: decision.upload.alt });
      await recordAudit(tx, ctx, {
        action: "provider.photo_set",
        patientId: null,
        metadata: { providerId: input.providerId, mediaId: stored.id, replaced: previous?.photo !== null },
      });
      const photo = await readProviderPhoto(tx, input.providerId);
      return { ok: true as const, photo: photo?.photo ?? null };
    });
  });
