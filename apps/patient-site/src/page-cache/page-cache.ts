import { EVERY_PATIENT_PAGE } from "@clinic/auth/revalidate-signature";

/**
 * The patient site's page cache (docs/decisions/0091): public pages are rendered once, anonymously, with a
 * placeholder nonce, and every later response gets the placeholder swapped for its own fresh nonce.
 * Pure decisions and the store; proxy.ts does the HTTP.
 */

/** Public documents that look the same to every visitor (the header's account links are filled in by the browser). */
const CACHEABLE_PATHS = [/^\/$/, /^\/health-library$/, /^\/health-library\/[^/]{1,200}$/, /^\/services$/, /^\/providers$/, /^\/locations$/];

/**
 * True for a browser's document request. Next strips its flight headers (`RSC`, prefetch, state tree) and
 * `_rsc` before the proxy sees a request, so the proxy tells client navigations apart by what they accept:
 * their fetches accept any type, a document request names text/html.
 */
function asksForDocument(headers: Headers): boolean {
  const destination = headers.get("sec-fetch-dest");
  return (headers.get("accept") ?? "").includes("text/html") && (destination === null || destination === "document");
}

/**
 * The cache key of a request, or null when the request must be rendered for itself. A visitor with a
 * session cookie gets their own render: the header shows their account links, without JavaScript too.
 */
export function pageCacheKey(method: string, url: URL, headers: Headers, hasSessionCookie = false): string | null {
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

export type CachedPage = RenderedPage & { bytes: number; storedAt: number };

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

/**
 * A cached page for one response: every occurrence of the placeholder becomes this response's nonce
 * (script nonce attributes, the nonce inside the streamed React payload, the preload Link header alike).
 */
export function restampNonce(page: RenderedPage, nonce: string): { body: string; headers: [string, string][] } {
  return {
    body: page.body.replaceAll(page.nonce, nonce),
    headers: page.headers.map(([name, value]) => [name, value.replaceAll(page.nonce, nonce)]),
  };
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
  private readonly filling = new Map<string, Promise<RenderedPage | null>>();
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
      this.totalBytes -= entry.bytes;
      return undefined;
    }
    this.entries.set(key, entry);
    return entry;
  }

  /**
   * Renders the page once for all concurrent misses of `key`; stores it when shareable and no purge
   * happened meanwhile. Resolves null when rendering failed.
   */
  fill(key: string, render: () => Promise<RenderedPage>): Promise<RenderedPage | null> {
    const running = this.filling.get(key);
    if (running) return running;
    const startedIn = this.generation;
    const done = render()
      .then((page) => {
        if (startedIn === this.generation && isShareable(page)) this.store(key, page);
        return page;
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

  private store(key: string, page: RenderedPage): void {
    const bytes = new TextEncoder().encode(page.body).length;
    if (bytes > this.limits.maxBytes) return;
    this.remove(key);
    this.entries.set(key, { ...page, bytes, storedAt: this.now() });
    this.totalBytes += bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.entries.size <= this.limits.maxEntries && this.totalBytes <= this.limits.maxBytes) break;
      this.entries.delete(oldest);
      this.totalBytes -= entry.bytes;
    }
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.totalBytes -= entry.bytes;
  }
}
