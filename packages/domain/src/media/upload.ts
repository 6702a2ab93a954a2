import { createHash } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import { imageSize } from "image-size";
import { z } from "zod";
import { freeText } from "../text/free-text";

/** Uploads larger than this are refused before anything is parsed (see decision 0093). */
export const MEDIA_MAX_BYTES = 5 * 1024 * 1024;
/** Larger sides are refused: next/image resizes from the original, and huge canvases cost memory. */
export const MEDIA_MAX_SIDE_PX = 8000;

/** Raster formats only: SVG from uploads could carry script, GIF is not worth its size. */
export const MEDIA_CONTENT_TYPES = ["image/jpeg", "image/png", "image/webp"] as const;
export type MediaContentType = (typeof MEDIA_CONTENT_TYPES)[number];

export const mediaAltText = freeText()
  .trim()
  .min(1, "Describe the image in a sentence for people who cannot see it.")
  .max(300, "Keep the description to at most 300 characters.");

export type MediaUpload = {
  bytes: Uint8Array;
  contentType: MediaContentType;
  sha256: string;
  width: number;
  height: number;
  alt: string;
};

export type MediaUploadRefusal = {
  status: 400 | 413 | 415;
  message: string;
  fieldErrors: { file?: string; alt?: string };
};

export type MediaUploadDecision = { ok: true; upload: MediaUpload } | { ok: false; refusal: MediaUploadRefusal };

function refuse(status: MediaUploadRefusal["status"], field: "file" | "alt", message: string): MediaUploadDecision {
  return { ok: false, refusal: { status, message, fieldErrors: { [field]: message } } };
}

/** Lower-case hex SHA-256: the media route's key. */
export const mediaHash = z.string().regex(/^[0-9a-f]{64}$/);

/**
 * Decides whether bytes may become a library image. The type comes from the bytes (magic numbers),
 * never from the file name or the browser's claimed type.
 */
export async function checkMediaUpload(bytes: Uint8Array, altInput: unknown): Promise<MediaUploadDecision> {
  const alt = mediaAltText.safeParse(altInput ?? "");
  if (bytes.byteLength === 0) return refuse(400, "file", "Choose an image to upload.");
  if (bytes.byteLength > MEDIA_MAX_BYTES) return refuse(413, "file", "That image is larger than 5 MB: make it smaller and try again.");
  const sniffed = await fileTypeFromBuffer(bytes);
  const contentType = MEDIA_CONTENT_TYPES.find((type) => type === sniffed?.mime);
  if (!contentType) return refuse(415, "file", "Upload a JPEG, PNG or WebP image.");
  let width: number | undefined;
  let height: number | undefined;
  try {
    ({ width, height } = imageSize(bytes));
  } catch {
    // A truncated or corrupt file: the magic bytes matched but the header does not parse.
  }
  if (!width || !height) return refuse(400, "file", "That image could not be read: it may be damaged.");
  if (width > MEDIA_MAX_SIDE_PX || height > MEDIA_MAX_SIDE_PX) {
    return refuse(400, "file", `Keep the image to at most ${MEDIA_MAX_SIDE_PX} pixels on each side.`);
  }
  if (!alt.success) return refuse(400, "alt", alt.error.issues[0]?.message ?? "Describe the image.");
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  return { ok: true, upload: { bytes, contentType, sha256, width, height, alt: alt.data } };
}

/** Where the original bytes of a stored image are served (patient site); immutable per hash. */
export function mediaPath(sha256: string): string {
  return `/media/${sha256}`;
}
