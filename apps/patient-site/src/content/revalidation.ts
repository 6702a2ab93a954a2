import { readBounded, withApiHeaders } from "@clinic/api/http-limits";
import { REVALIDATE_SIGNATURE_HEADER, verifyRevalidation } from "@clinic/auth/revalidate-signature";
import { z } from "zod";

/** A list of site paths is small; anything bigger is not a revalidation request. */
export const MAX_REVALIDATION_BYTES = 8 * 1024;

const revalidationBody = z.object({
  paths: z
    .array(z.string().max(300).regex(/^\/[^\s?#]*$/, "Each path starts with / and has no query."))
    .min(1)
    .max(50),
});

function answer(status: number, body: Record<string, unknown>): Response {
  return withApiHeaders(Response.json(body, { status, headers: { "Cache-Control": "no-store" } }));
}

/**
 * The patient site's side of the revalidation contract (packages/auth/src/revalidate-signature.ts):
 * a signed `{ paths }` body refreshes those pages' cached renders. The signature is checked over the exact bytes received.
 */
export async function handleRevalidation(
  request: Request,
  secret: string | undefined,
  revalidate: (path: string) => void,
): Promise<Response> {
  if (!secret) return answer(503, { error: "On-demand refresh is not configured on this server (REVALIDATE_SECRET)." });
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > MAX_REVALIDATION_BYTES) return answer(413, { error: "This request is too large." });
  const bytes = request.body ? await readBounded(request.body, MAX_REVALIDATION_BYTES) : new Uint8Array();
  if (!bytes) return answer(413, { error: "This request is too large." });
  const body = new TextDecoder().decode(bytes);

  const signature = request.headers.get(REVALIDATE_SIGNATURE_HEADER) ?? "";
  if (!verifyRevalidation(secret, body, signature)) return answer(401, { error: "The request's signature is missing or wrong." });

  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return answer(400, { error: "The body must be JSON: { \"paths\": [\"/…\"] }." });
  }
  const result = revalidationBody.safeParse(parsed);
  if (!result.success) return answer(400, { error: "The body must name between 1 and 50 site paths, each starting with /." });

  const paths = [...new Set(result.data.paths)];
  for (const path of paths) revalidate(path);
  return answer(200, { revalidated: paths });
}
