import { REQUESTED_PATH_HEADER } from "@clinic/auth/callback-url";
import { sessionCookieName } from "@clinic/auth/edge-config";
import { createNonce, currentSecurityHeaderMode, secureRequest } from "@clinic/auth/security-headers";
import { NextResponse, type NextRequest } from "next/server";
import { pageCacheOrigin } from "~/env";
import { CACHE_STATUS_HEADER, cachedResponse, createPlaceholderNonce, keptHeaders, pageCacheKey, type RenderedPage, type ServablePage } from "~/page-cache/page-cache";
import { FILL_HEADER, FILL_NONCE_HEADER, fillSecret, isFillRequest, pageCache } from "~/page-cache/shared";

const RENDER_TIMEOUT_MS = 15_000;

/**
 * Gives every page its security headers and a fresh CSP nonce, and passes the requested path to
 * server components so `requireUser()` can send a signed-out patient to /sign-in and back.
 * Public pages come from the page cache, restamped with this response's nonce (docs/decisions/0091).
 * Deliberately no session check here: pages and procedures check the session against the database themselves.
 */
export async function proxy(request: NextRequest) {
  const fill = isFillRequest(request.headers);
  const origin = pageCacheOrigin();
  const key = origin && !fill ? pageCacheKey(request.method, request.nextUrl, request.headers, request.cookies.has(sessionCookieName("patient"))) : null;
  if (origin && key) {
    const cache = pageCache();
    const cached = cache.lookup(key);
    if (cached) return fromCache(cached, request, "hit");
    const rendered = await cache.fill(key, () => renderAnonymously(origin, key));
    if (rendered) return fromCache(rendered, request, "miss");
    // A redirect (a renamed article's 308), a cookie or a failed render: this visitor's own render answers instead.
  }
  const nonce = fill ? (request.headers.get(FILL_NONCE_HEADER) ?? createNonce()) : createNonce();
  return render(request, nonce, fill ? null : "bypass");
}

function render(request: NextRequest, nonce: string, cacheStatus: string | null) {
  const secured = secureRequest(request.headers, currentSecurityHeaderMode(), nonce);
  secured.requestHeaders.delete(FILL_HEADER);
  secured.requestHeaders.delete(FILL_NONCE_HEADER);
  secured.requestHeaders.set(REQUESTED_PATH_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  const response = secured.applyTo(NextResponse.next({ request: { headers: secured.requestHeaders } }));
  if (cacheStatus) response.headers.set(CACHE_STATUS_HEADER, cacheStatus);
  return response;
}

/** Renders `path` through this server without the visitor's cookies, with a placeholder nonce. */
async function renderAnonymously(origin: string, path: string): Promise<RenderedPage> {
  const nonce = createPlaceholderNonce();
  const response = await fetch(new URL(path, origin), {
    headers: { [FILL_HEADER]: fillSecret(), [FILL_NONCE_HEADER]: nonce, accept: "text/html", "accept-encoding": "identity" },
    redirect: "manual",
    cache: "no-store",
    signal: AbortSignal.timeout(RENDER_TIMEOUT_MS),
  });
  const body = await response.text();
  return { status: response.status, headers: keptHeaders(response.headers), body, nonce, setsCookie: response.headers.has("set-cookie") };
}

/**
 * The cached page with this response's nonce. Hits mostly never get here: the server in front of Next
 * (server.mjs) answers them first; this path serves misses, and hits under plain `next start` (the cache is off in dev).
 */
function fromCache(page: ServablePage, request: NextRequest, cacheStatus: "hit" | "miss") {
  const answer = cachedResponse(page, { method: request.method, nonce: createNonce(), encoding: null, cacheStatus, mode: currentSecurityHeaderMode() });
  const body = answer.body && new Uint8Array(answer.body.buffer as ArrayBuffer, answer.body.byteOffset, answer.body.length);
  return new NextResponse(body, { status: answer.status, headers: answer.headers });
}

export const config = {
  // Pages only: API routes answer for themselves; static files need no nonce.
  matcher: ["/((?!api/|media/|_next/static|_next/image|favicon\\.ico|icon|apple-icon|manifest|robots\\.txt|sitemap\\.xml).*)"],
};
