import type { IncomingMessage, ServerResponse } from "node:http";
import { createNonce, currentSecurityHeaderMode } from "@clinic/auth/security-headers";
import { parseCookie } from "cookie";
import { cachedResponse, pageCacheKey, type HeaderReader } from "./page-cache";
import { FILL_HEADER, pageCache, type FrontHandler } from "./shared";
import { acceptsGzip } from "./stamped-body";

/** Only the path and query are read; the host is never trusted or used. */
const ANY_ORIGIN = "http://page-cache.invalid";

function headerReader(request: IncomingMessage): HeaderReader {
  const get = (name: string) => {
    const value = request.headers[name.toLowerCase()];
    return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
  };
  return { get, has: (name: string) => get(name) !== null };
}

/**
 * The page cache's fast path in front of Next (docs/decisions/0098): a cache hit is answered here, already
 * gzipped, with this response's nonce; anything else (a miss, a session cookie, a query) returns false
 * and goes to Next, whose proxy decides the same way and fills the cache.
 */
export function pageCacheFront(sessionCookie: string): FrontHandler {
  return (request, response) => serve(request, response, sessionCookie);
}

function serve(request: IncomingMessage, response: ServerResponse, sessionCookie: string): boolean {
  const headers = headerReader(request);
  // The proxy's own render for the cache must reach Next, never be answered from the cache it fills.
  if (headers.has(FILL_HEADER)) return false;
  const cookies = headers.get("cookie");
  const signedIn = cookies !== null && parseCookie(cookies)[sessionCookie] !== undefined;
  const key = pageCacheKey(request.method ?? "GET", new URL(request.url ?? "/", ANY_ORIGIN), headers, signedIn);
  const page = key === null ? undefined : pageCache().lookup(key);
  if (!page) return false;
  const encoding = acceptsGzip(headers.get("accept-encoding")) ? "gzip" : "identity";
  const answer = cachedResponse(page, { method: request.method ?? "GET", nonce: createNonce(), encoding, cacheStatus: "hit", mode: currentSecurityHeaderMode() });
  for (const [name, value] of answer.headers) response.setHeader(name, value);
  response.writeHead(answer.status);
  response.end(answer.body ?? undefined);
  return true;
}
