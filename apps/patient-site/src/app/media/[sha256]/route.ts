import { mediaHash } from "@clinic/domain/media/upload";
import { getCaller } from "~/trpc/server";

/**
 * GET /media/<sha256>: a library image's original bytes. The address is the content hash, so the
 * answer never changes and caches may keep it for a year. Only raster types are ever stored (no SVG).
 */
export async function GET(_request: Request, { params }: { params: Promise<{ sha256: string }> }) {
  const { sha256 } = await params;
  const notFound = () => new Response("No such image.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" } });
  if (!mediaHash.safeParse(sha256).success) return notFound();
  const image = await (await getCaller()).media.original({ sha256 });
  if (!image) return notFound();
  return new Response(Buffer.from(image.bytes), {
    headers: {
      "Content-Type": image.contentType,
      "Content-Length": String(image.bytes.byteLength),
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
      // Opened directly, an image still runs nothing.
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
