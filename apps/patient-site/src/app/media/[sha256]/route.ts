import { mediaResponse, PUBLIC_IMMUTABLE } from "@clinic/api/media-response";
import { getCaller } from "~/trpc/server";

/** GET /media/<sha256>: a library image's original bytes, immutable (decision 0093). */
export async function GET(_request: Request, { params }: { params: Promise<{ sha256: string }> }) {
  const { sha256 } = await params;
  return mediaResponse(sha256, async (hash) => (await getCaller()).media.original({ sha256: hash }), PUBLIC_IMMUTABLE);
}
