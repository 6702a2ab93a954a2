import { mediaStore } from "@clinic/db/queries/media";
import { checkMediaUpload, mediaPath } from "@clinic/domain/media/upload";
import { rolesThatMay } from "@clinic/domain/people/staff-permissions";
import { staffProcedure } from "../../trpc";
import { mediaUploadDto, mediaUploadInput } from "./dto";

/** An editor's image for an article: checked by its bytes, stored once per hash, audited (media.uploaded). */
export const uploadImage = staffProcedure(rolesThatMay("articles.edit"))
  .input(mediaUploadInput)
  .output(mediaUploadDto)
  .mutation(async ({ ctx, input }) => {
    const decision = await checkMediaUpload(Buffer.from(input.imageBase64, "base64"), input.alt);
    if (!decision.ok) return { ok: false as const, ...decision.refusal };
    const stored = await mediaStore(ctx.db).store(ctx, decision.upload);
    return {
      ok: true as const,
      image: { path: mediaPath(stored.sha256), sha256: stored.sha256, width: stored.width, height: stored.height, alt: decision.upload.alt, created: stored.created },
    };
  });
