import type { Executor } from "@clinic/db/client";
import { mediaStore } from "@clinic/db/queries/media";
import { MEDIA_CONTENT_TYPES } from "@clinic/domain/media/upload";
import { rolesThatMay } from "@clinic/domain/people/staff-permissions";
import { publicProcedure, staffProcedure } from "../../trpc";
import { mediaOriginalDto, mediaOriginalInput } from "./dto";

async function loadImage(db: Executor, sha256: string) {
  const row = await mediaStore(db).read(sha256);
  const contentType = MEDIA_CONTENT_TYPES.find((type) => type === row?.contentType);
  return row && contentType ? { contentType, bytesBase64: row.bytes.toString("base64") } : null;
}

/** The original bytes of a library image (public: images appear in published articles and provider pages). */
export const original = publicProcedure
  .input(mediaOriginalInput)
  .output(mediaOriginalDto)
  .query(({ ctx, input }) => loadImage(ctx.db, input.sha256));

/** The same bytes for the staff editor's preview (staff-admin serves its own /media route). */
export const staffImage = staffProcedure(rolesThatMay("articles.edit", "articles.approve"))
  .input(mediaOriginalInput)
  .output(mediaOriginalDto)
  .query(({ ctx, input }) => loadImage(ctx.db, input.sha256));
