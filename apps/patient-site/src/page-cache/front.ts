import type { IncomingMessage, ServerResponse } from "node:http";
import { createNonce, currentSecurityHeaderMode } from "@clinic/auth/security-headers";
import { RequestCookies } from "next/dist/server/web/spec-extension/cookies";
import { cachedResponse, pageCacheKey, type HeaderReader } from "./page-cache";
import { FILL_HEADER, pageCache, type FrontHandler } from "./shared";
import { acceptsGzip } from "./stamped-body";

/** Only the path and query are read; the host is never trusted or used. */
const ANY_ORIGIN = "http://page-cache.invalid";

/**
 * The request target as a URL, only when it is already in the form Next routes as is: origin-form, no
 * `//`, `\`, dot segments or other spelling that URL parsing (and Next, with a redirect) would change.
 */
function plainTarget(target: string | undefined): URL | null {
  if (!target?.startsWith("/") || target.startsWith("//") || target.includes("\\")) return null;
  try {
    const url = new URL(target, ANY_ORIGIN);
    return `${url.pathname}${url.search}` === target ? url : null;
  } catch {
    return null;
  }
}

function headerReader(request: IncomingMessage): HeaderReader {
  const get = (name: string) => {
    const value = request.headers[name.toLowerCase()];
    return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
  };
  return { get, has: (name: string) => get(name) !== null };
}

/**
 * The page cache's fast path in front of Next (docs/decisions/0098): a hit is answered here, gzipped once,
 * with this response's nonce; anything else returns false and goes to Next, whose proxy fills the cache.
 */
export function pageCacheFront(sessionCookie: string): FrontHandler {
  return (request, response) => serve(request, response, sessionCookie);
}

function serve(request: IncomingMessage, response: ServerResponse, sessionCookie: string): boolean {
  const headers = headerReader(request);
  // The proxy's own render for the cache must reach Next, never be answered from the cache it fills.
  if (headers.has(FILL_HEADER)) return false;
  const url = plainTarget(request.url);
  if (!url) return false;
  // The cookie parser of Next's own request.cookies, so both paths agree on who is signed in.
  const signedIn = new RequestCookies(new Headers({ cookie: headers.get("cookie") ?? "" })).has(sessionCookie);
  const method = request.method ?? "GET";
  const key = pageCacheKey(method, url, headers, signedIn);
  const page = key === null ? undefined : pageCache().lookup(key);
  if (!page) return false;
  const encoding = acceptsGzip(headers.get("accept-encoding")) ? "gzip" : "identity";
  const answer = cachedResponse(page, { method, nonce: createNonce(), encoding, cacheStatus: "hit", mode: currentSecurityHeaderMode() });
  // One call: nothing is written unless all of it is.
  response.writeHead(answer.status, answer.headers.flat());
  response.end(answer.body ?? undefined);
  return true;
}
