import { readMediaBytes } from "@clinic/db/queries/media";
import { MEDIA_CONTENT_TYPES } from "@clinic/domain/media/upload";
import { publicProcedure } from "../../trpc";
import { mediaOriginalDto, mediaOriginalInput } from "./dto";

/** The original bytes of a library image (public: images appear in published articles and provider pages). */
export const original = publicProcedure
  .input(mediaOriginalInput)
  .output(mediaOriginalDto)
  .query(async ({ ctx, input }) => {
    const row = await readMediaBytes(ctx.db, input.sha256);
    const contentType = MEDIA_CONTENT_TYPES.find((type) => type === row?.contentType);
    return row && contentType ? { contentType, bytes: new Uint8Array(row.bytes) } : null;
  });
