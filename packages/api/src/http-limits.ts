/**
 * Limits the apps' /api/trpc route handlers check before tRPC reads anything (docs/decisions/0042):
 * a batch runs at most MAX_BATCH_CALLS procedures, and a body larger than MAX_BODY_BYTES is refused
 * with 413 while it is still arriving, not after it has been read and parsed.
 */
export const MAX_BATCH_CALLS = 20;
export const MAX_BODY_BYTES = 64 * 1024;

export const TOO_MANY_CALLS_MESSAGE = `Send at most ${MAX_BATCH_CALLS} requests at once.`;
export const BODY_TOO_LARGE_MESSAGE = "This request is too large. Shorten what you entered and try again.";

/** An error in tRPC's own response shape (superjson envelope), so tRPC clients show its message. */
function refusal(status: 400 | 413, code: "BAD_REQUEST" | "PAYLOAD_TOO_LARGE", message: string, jsonRpcCode: number): Response {
  const error = { json: { message, code: jsonRpcCode, data: { code, httpStatus: status, zodError: null } } };
  return Response.json({ error }, { status });
}

/** How many procedures a tRPC URL names (`/api/trpc/a,b,c?batch=1`). */
function batchSize(url: URL): number {
  if (url.searchParams.get("batch") !== "1") return 1;
  const paths = decodeURIComponent(url.pathname.split("/").at(-1) ?? "");
  return paths.split(",").length;
}

/** The body, read up to `limit` bytes; null as soon as it grows past it. */
export async function readBounded(body: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Either a refusal to send as it is, or the request to hand to tRPC (with its body read into
 * memory, at most MAX_BODY_BYTES).
 */
export async function checkTrpcRequest(req: Request): Promise<{ refused: Response } | { request: Request }> {
  if (batchSize(new URL(req.url)) > MAX_BATCH_CALLS) return { refused: refusal(400, "BAD_REQUEST", TOO_MANY_CALLS_MESSAGE, -32600) };
  if (!req.body) return { request: req };
  const declared = Number(req.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) {
    return { refused: refusal(413, "PAYLOAD_TOO_LARGE", BODY_TOO_LARGE_MESSAGE, -32600) };
  }
  const body = await readBounded(req.body, MAX_BODY_BYTES);
  if (!body) return { refused: refusal(413, "PAYLOAD_TOO_LARGE", BODY_TOO_LARGE_MESSAGE, -32600) };
  return { request: new Request(req.url, { method: req.method, headers: req.headers, body, signal: req.signal }) };
}

/** Headers every API answer carries: JSON is never sniffed as HTML, and no referrer leaks a path. */
export function withApiHeaders(response: Response): Response {
  response.headers.set("X-Content-Type-Options", "nosniff");
  response.headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
  return response;
}
