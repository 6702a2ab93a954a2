import { EVERY_PATIENT_PAGE } from "@clinic/auth/revalidate-signature";
import { securityHeaders, type SecurityHeaderMode } from "@clinic/auth/security-headers";
import { cutAtPlaceholder, stampGzip, stampPlain, type StampableBody } from "./stamped-body";

/**
 * The patient site's page cache (docs/decisions/0091): public pages are rendered once, anonymously, with a
 * placeholder nonce, and every later response gets the placeholder swapped for its own fresh nonce.
 * Pure decisions, the store and the response of a hit; proxy.ts and front.ts (server.mjs) do the HTTP.
 */

/** Public documents that look the same to every visitor without a session cookie. */
const CACHEABLE_PATHS = [/^\/$/, /^\/health-library$/, /^\/health-library\/[^/]{1,200}$/, /^\/services$/, /^\/providers$/, /^\/locations$/];

/**
 * True for a browser's document request. Next strips its flight headers (`RSC`, prefetch, state tree) and
 * `_rsc` before the proxy sees a request, so the proxy tells client navigations apart by what they accept:
 * their fetches accept any type, a document request names text/html.
 */
function asksForDocument(headers: HeaderReader): boolean {
  const destination = headers.get("sec-fetch-dest");
  return (headers.get("accept") ?? "").includes("text/html") && (destination === null || destination === "document");
}

/** Request headers as the proxy (Web Headers) and the server in front of Next (Node's headers) both give them. */
export type HeaderReader = Pick<Headers, "get" | "has">;

/**
 * The cache key of a request, or null when the request must be rendered for itself. A visitor with a
 * session cookie gets their own render: the header shows their account links, without JavaScript too.
 */
export function pageCacheKey(method: string, url: URL, headers: HeaderReader, hasSessionCookie = false): string | null {
  if (method !== "GET" && method !== "HEAD") return null;
  if (hasSessionCookie) return null;
  // Any query (the library's ?q= search, tracking parameters) is rendered per request.
  if (url.search !== "") return null;
  if (!asksForDocument(headers) || headers.has("next-action")) return null;
  if (!CACHEABLE_PATHS.some((pattern) => pattern.test(url.pathname))) return null;
  return url.pathname;
}

/** Response headers worth keeping with a cached body; security headers and the CSP are made fresh for each response. */
const KEPT_HEADERS = ["content-type", "content-language", "cache-control", "vary", "link", "x-nextjs-stale-time"];

export type RenderedPage = {
  status: number;
  headers: [string, string][];
  body: string;
  /** The placeholder nonce the page was rendered with; never sent to a client. */
  nonce: string;
  setsCookie: boolean;
};

/** A render ready to serve many times: its body cut at the placeholder (stamped-body.ts). */
export type ServablePage = {
  status: number;
  headers: [string, string][];
  placeholder: string;
  body: StampableBody;
};

export type CachedPage = ServablePage & { storedAt: number };

export function keptHeaders(headers: Headers): [string, string][] {
  return KEPT_HEADERS.flatMap((name) => {
    const value = headers.get(name);
    return value === null ? [] : [[name, value] as [string, string]];
  });
}

/**
 * An HTML render for nobody in particular (no cookie set, not a redirect, whose Location is not kept) that
 * took the placeholder nonce: safe to restamp and send.
 */
export function isAnonymousDocument(page: RenderedPage): boolean {
  const type = page.headers.find(([name]) => name === "content-type")?.[1] ?? "";
  const redirect = page.status >= 300 && page.status < 400;
  // Without the placeholder in it, the render did not take our nonce, and no restamp could make its scripts run.
  return !redirect && !page.setsCookie && type.startsWith("text/html") && page.body.includes(page.nonce);
}

/** Only a 200 is kept: a 404 for every guessed slug would push real pages out. */
export function isShareable(page: RenderedPage): boolean {
  return page.status === 200 && isAnonymousDocument(page);
}

/** `compress` for a page to be stored: only cached hits are sent pre-compressed. */
export function servable(page: RenderedPage, compress: boolean): ServablePage {
  return { status: page.status, headers: page.headers, placeholder: page.nonce, body: cutAtPlaceholder(page.body, page.nonce, compress) };
}

/** A cached page's headers for one response: the placeholder becomes its nonce (the preload Link header carries one). */
export function restampHeaders(page: ServablePage, nonce: string): [string, string][] {
  return page.headers.map(([name, value]) => [name, value.replaceAll(page.placeholder, nonce)]);
}

/** Debug header: whether this response came from the page cache (hit), filled it (miss) or was rendered for itself (bypass). */
export const CACHE_STATUS_HEADER = "x-page-cache";

export type CachedResponse = { status: number; headers: [string, string][]; body: Buffer | null };

/**
 * One response of a cached page with its own nonce: the page's headers and body restamped, the security
 * headers with that nonce's CSP. `encoding` null leaves compression to Next (it drops a proxy's
 * Content-Encoding); the server in front of Next sends the pre-compressed gzip itself.
 */
export function cachedResponse(
  page: ServablePage,
  options: { method: string; nonce: string; encoding: "gzip" | "identity" | null; cacheStatus: "hit" | "miss"; mode: SecurityHeaderMode },
): CachedResponse {
  const { deflated } = page.body;
  const gzip = options.encoding === "gzip" && deflated !== null;
  const body = gzip ? stampGzip({ ...page.body, deflated }, options.nonce) : stampPlain(page.body, options.nonce);
  const headers = restampHeaders(page, options.nonce).filter(([name]) => options.encoding === null || name !== "vary");
  if (options.encoding !== null) {
    const vary = page.headers.find(([name]) => name === "vary")?.[1];
    headers.push(["vary", !vary ? "Accept-Encoding" : /\baccept-encoding\b/i.test(vary) ? vary : `${vary}, Accept-Encoding`]);
    if (gzip) headers.push(["content-encoding", "gzip"]);
    headers.push(["content-length", String(body.length)]);
  }
  headers.push(...Object.entries(securityHeaders(options.nonce, options.mode)), [CACHE_STATUS_HEADER, options.cacheStatus]);
  return { status: page.status, headers, body: options.method === "HEAD" ? null : body };
}

/** 128 random bits in hex: a valid CSP nonce whose characters need no escaping in HTML or JSON, so every copy is found. */
export function createPlaceholderNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

export type PageCacheLimits = { maxEntries: number; maxBytes: number; maxAgeMs: number };

/** Each instance caches on its own; the max age bounds how long another instance's purge can be missed. */
export const PAGE_CACHE_LIMITS: PageCacheLimits = { maxEntries: 500, maxBytes: 64 * 1024 * 1024, maxAgeMs: 5 * 60 * 1000 };


/**
 * A bounded LRU of rendered pages with one render per key at a time. A purge bumps the generation, so a
 * render that started before it is handed to the requests that waited for it but never stored.
 */
export class PageCache {
  private readonly entries = new Map<string, CachedPage>();
  private readonly filling = new Map<string, Promise<ServablePage | null>>();
  private generation = 0;
  private totalBytes = 0;

  constructor(
    private readonly limits: PageCacheLimits = PAGE_CACHE_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.totalBytes };
  }

  /** A fresh cached page (now the most recently used), or undefined. */
  lookup(key: string): CachedPage | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (this.now() - entry.storedAt >= this.limits.maxAgeMs) {
      this.totalBytes -= entry.body.bytes;
      return undefined;
    }
    this.entries.set(key, entry);
    return entry;
  }

  /**
   * Renders the page once for all concurrent misses of `key`; stores it when shareable and no purge
   * happened meanwhile. Resolves null when rendering failed or the render is not for everybody
   * (a redirect, a cookie): that visitor gets their own render.
   */
  fill(key: string, render: () => Promise<RenderedPage>): Promise<ServablePage | null> {
    const running = this.filling.get(key);
    if (running) return running;
    const startedIn = this.generation;
    const done = render()
      .then((page) => {
        if (!isAnonymousDocument(page)) return null;
        const storing = startedIn === this.generation && isShareable(page);
        const ready = servable(page, storing);
        if (storing) this.store(key, ready);
        return ready;
      })
      .catch(() => null)
      .finally(() => {
        if (this.filling.get(key) === done) this.filling.delete(key);
      });
    this.filling.set(key, done);
    return done;
  }

  /** Drops the named pages (or all with EVERY_PATIENT_PAGE); requests after this wait for a new render. */
  purge(keys: readonly string[]): void {
    this.generation += 1;
    const all = keys.includes(EVERY_PATIENT_PAGE);
    for (const key of all ? [...this.entries.keys()] : keys) this.remove(key);
    for (const key of all ? [...this.filling.keys()] : keys) this.filling.delete(key);
  }

  private store(key: string, page: ServablePage): void {
    const bytes = page.body.bytes;
    if (bytes > this.limits.maxBytes) return;
    this.remove(key);
    this.entries.set(key, { ...page, storedAt: this.now() });
    this.totalBytes += bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.entries.size <= this.limits.maxEntries && this.totalBytes <= this.limits.maxBytes) break;
      this.entries.delete(oldest);
      this.totalBytes -= entry.body.bytes;
    }
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.totalBytes -= entry.body.bytes;
  }
}
