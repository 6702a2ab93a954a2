import { mediaResponse } from "@clinic/api/media-response";
import { TRPCError } from "@trpc/server";
import { getCaller } from "~/trpc/server";

/** GET /media/<sha256> for the editor's preview: staff only, so kept by the browser alone. Others get a 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ sha256: string }> }) {
  const { sha256 } = await params;
  const load = async (hash: string) => {
    try {
      return await (await getCaller()).library.image({ sha256: hash });
    } catch (error) {
      if (error instanceof TRPCError && (error.code === "UNAUTHORIZED" || error.code === "FORBIDDEN")) return null;
      throw error;
    }
  };
  return mediaResponse(sha256, load, "private, max-age=31536000, immutable");
}
