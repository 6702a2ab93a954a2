import { mediaHash } from "@clinic/domain/media/upload";

type Image = { contentType: string; bytesBase64: string } | null;

/**
 * GET /media/<sha256> in both apps: the address is the content hash, so the answer never changes
 * and may be cached for a year. Only raster types are ever stored (never SVG from uploads).
 */
export async function mediaResponse(sha256: string, load: (sha256: string) => Promise<Image>, cacheControl: string): Promise<Response> {
  const image = mediaHash.safeParse(sha256).success ? await load(sha256) : null;
  if (!image) {
    return new Response("No such image.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" } });
  }
  const bytes = Buffer.from(image.bytesBase64, "base64");
  return new Response(bytes, {
    headers: {
      "Content-Type": image.contentType,
      "Content-Length": String(bytes.byteLength),
      "Cache-Control": cacheControl,
      "X-Content-Type-Options": "nosniff",
      // Opened on its own, the response still runs nothing.
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}

export const PUBLIC_IMMUTABLE = "public, max-age=31536000, immutable";
