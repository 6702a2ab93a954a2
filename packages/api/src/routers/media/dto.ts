import { MEDIA_CONTENT_TYPES, MEDIA_MAX_BYTES, mediaHash } from "@clinic/domain/media/upload";
import { z } from "zod";

export const mediaOriginalInput = z.object({ sha256: mediaHash });
/** Base64, not a Uint8Array: over HTTP superjson would spell a byte array as one JSON key per byte. */
export const mediaOriginalDto = z.object({ contentType: z.enum(MEDIA_CONTENT_TYPES), bytesBase64: z.string() }).nullable();

/** Base64 of the file; a little over the limit still parses, so the domain can answer the oversize case in words. */
export const mediaUploadInput = z.object({
  imageBase64: z.string().max(Math.ceil(((MEDIA_MAX_BYTES + 1024) * 4) / 3) + 4).regex(/^[A-Za-z0-9+/]*={0,2}$/),
  alt: z.string().max(2000),
});
export const mediaUploadDto = z.discriminatedUnion("ok", [
  z.object({
    ok: z.literal(true),
    image: z.object({ path: z.string(), sha256: z.string(), width: z.number(), height: z.number(), alt: z.string(), created: z.boolean() }),
  }),
  z.object({
    ok: z.literal(false),
    status: z.number(),
    message: z.string(),
    fieldErrors: z.object({ file: z.string().optional(), alt: z.string().optional() }),
  }),
]);
