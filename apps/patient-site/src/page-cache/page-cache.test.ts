import { EVERY_PATIENT_PAGE } from "@clinic/auth/revalidate-signature";
import { describe, expect, it } from "vitest";
import { createPlaceholderNonce, isAnonymousDocument, isShareable, keptHeaders, PageCache, pageCacheKey, restampHeaders, servable, type RenderedPage, type ServablePage } from "./page-cache";
import { stampPlain } from "./stamped-body";

const ORIGIN = "https://clinic.example";

const DOCUMENT = { accept: "text/html,application/xhtml+xml,*/*;q=0.8", "sec-fetch-dest": "document" };

function key(path: string, init: { method?: string; headers?: Record<string, string> } = {}) {
  return pageCacheKey(init.method ?? "GET", new URL(path, ORIGIN), new Headers(init.headers ?? DOCUMENT));
}

const PLACEHOLDER = "0123456789abcdef0123456789abcdef";

/** A rendered page: `body`, then the placeholder nonce it must contain. */
function page(body: string, overrides: Partial<RenderedPage> = {}): RenderedPage {
  return { status: 200, headers: [["content-type", "text/html; charset=utf-8"]], body: `${body}${PLACEHOLDER}`, nonce: PLACEHOLDER, setsCookie: false, ...overrides };
}

/** What a servable page sends, with an empty nonce: the `body` given to page(). */
function text(ready: ServablePage | null | undefined): string | undefined {
  return ready ? stampPlain(ready.body, "").toString("utf8") : undefined;
}

/** A render the test finishes by hand, to interleave purges with it. */
function deferred() {
  let finish!: (rendered: RenderedPage) => void;
  const promise = new Promise<RenderedPage>((resolve) => (finish = resolve));
  return { promise, finish };
}

describe("pageCacheKey", () => {
  it("caches document GET and HEAD requests of the public pages, by path", () => {
    for (const path of ["/", "/health-library", "/health-library/upper-back-pain", "/services", "/providers", "/locations"]) {
      expect(key(path)).toBe(path);
      expect(key(path, { method: "HEAD" })).toBe(path);
    }
    expect(key("/services", { headers: { accept: "text/html" } })).toBe("/services");
  });

  it("renders a visitor with a session cookie for themselves (their account links, with or without JavaScript)", () => {
    expect(pageCacheKey("GET", new URL("/services", ORIGIN), new Headers(DOCUMENT), true)).toBeNull();
    expect(pageCacheKey("GET", new URL("/services", ORIGIN), new Headers(DOCUMENT), false)).toBe("/services");
  });

  it("renders per request: other methods, any query (search, _rsc), RSC and action requests, other pages", () => {
    expect(key("/", { method: "POST" })).toBeNull();
    expect(key("/health-library?q=posture")).toBeNull();
    expect(key("/services?_rsc=abc")).toBeNull();
    // What a client navigation or prefetch looks like once Next has stripped its flight headers.
    expect(key("/services", { headers: { accept: "*/*", "sec-fetch-dest": "empty" } })).toBeNull();
    expect(key("/services", { headers: {} })).toBeNull();
    expect(key("/services", { headers: { accept: "text/html", "sec-fetch-dest": "iframe" } })).toBeNull();
    expect(key("/", { headers: { ...DOCUMENT, "Next-Action": "abc" } })).toBeNull();
    for (const path of ["/book", "/appointments", "/profile", "/sign-in", "/health-library/preview/token", "/health-library/a/b", "/services/x"]) {
      expect(key(path)).toBeNull();
    }
  });
});

describe("restamping", () => {
  it("replaces every copy of the placeholder, in attributes, in the streamed payload and in headers", () => {
    const placeholder = createPlaceholderNonce();
    const body = `<script nonce="${placeholder}">a</script><script nonce="${placeholder}">self.__next_f.push([1,"{\\"nonce\\":\\"${placeholder}\\"}"])</script>`;
    const link = `</_next/static/chunks/a.css>; rel=preload; as="style"; nonce="${placeholder}"`;
    const ready = servable({ ...page(""), body, nonce: placeholder, headers: [["link", link]] }, false);
    const out = stampPlain(ready.body, "fresh+/nonce==").toString("utf8");
    expect(out).not.toContain(placeholder);
    expect(out.match(/fresh\+\/nonce==/g)).toHaveLength(3);
    expect(out).toBe(body.replaceAll(placeholder, "fresh+/nonce=="));
    expect(restampHeaders(ready, "fresh+/nonce==")).toEqual([["link", '</_next/static/chunks/a.css>; rel=preload; as="style"; nonce="fresh+/nonce=="']]);
  });

  it("uses 128-bit placeholders that differ every time", () => {
    const a = createPlaceholderNonce();
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(createPlaceholderNonce()).not.toBe(a);
  });
});

describe("isShareable and keptHeaders", () => {
  it("shares only HTML 200s that set no cookie", () => {
    expect(isShareable(page("x"))).toBe(true);
    expect(isShareable(page("x", { status: 404 }))).toBe(false);
    expect(isShareable(page("x", { status: 308 }))).toBe(false);
    expect(isShareable(page("x", { setsCookie: true }))).toBe(false);
    expect(isShareable(page("x", { headers: [["content-type", "application/json"]] }))).toBe(false);
    expect(isShareable(page("x", { nonce: "not-in-the-body" }))).toBe(false);
    // A not-found page is sent restamped to whoever asked, never kept.
    expect(isAnonymousDocument(page("x", { status: 404 }))).toBe(true);
    expect(isAnonymousDocument(page("x", { status: 404, setsCookie: true }))).toBe(false);
    // A renamed article's 308 goes through the visitor's own render, Location and all.
    expect(isAnonymousDocument(page("x", { status: 308 }))).toBe(false);
  });

  it("keeps the document's own headers, never cookies or the CSP", () => {
    const headers = new Headers({ "content-type": "text/html", vary: "RSC", "set-cookie": "a=b", "content-security-policy": "x", "content-length": "9" });
    expect(keptHeaders(headers)).toEqual([["content-type", "text/html"], ["vary", "RSC"]]);
  });
});

describe("PageCache", () => {
  it("renders once for concurrent misses, then answers from the cache", async () => {
    const cache = new PageCache();
    let renders = 0;
    const render = async () => {
      renders += 1;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return page("home");
    };
    const results = await Promise.all([cache.fill("/", render), cache.fill("/", render), cache.fill("/", render)]);
    expect(renders).toBe(1);
    expect(results.map(text)).toEqual(["home", "home", "home"]);
    expect(text(cache.lookup("/"))).toBe("home");
  });

  it("does not store what is not shareable, nor a failed render; hands back null for a render not for everybody", async () => {
    const cache = new PageCache();
    const notFound = await cache.fill("/a", async () => page("gone", { status: 404 }));
    expect(notFound?.status).toBe(404);
    // Sent once, so never compressed ahead.
    expect(notFound?.body.deflated).toBeNull();
    expect((await cache.fill("/e", async () => page("kept")))?.body.deflated).not.toBeNull();
    expect(await cache.fill("/b", () => Promise.reject(new Error("down")))).toBeNull();
    expect(await cache.fill("/c", async () => page("moved", { status: 308 }))).toBeNull();
    expect(await cache.fill("/d", async () => page("mine", { setsCookie: true }))).toBeNull();
    for (const path of ["/a", "/b", "/c", "/d"]) expect(cache.lookup(path)).toBeUndefined();
  });

  it("evicts the least recently used page beyond the entry and byte limits", async () => {
    const size = (body: string) => servable(page(body), true).body.bytes;
    const cache = new PageCache({ maxEntries: 2, maxBytes: size("aaa") + size("dddddddd"), maxAgeMs: 60_000 });
    await cache.fill("/a", async () => page("aaa"));
    await cache.fill("/b", async () => page("bbb"));
    cache.lookup("/a");
    await cache.fill("/c", async () => page("ccc"));
    expect(cache.lookup("/b")).toBeUndefined();
    expect(text(cache.lookup("/a"))).toBe("aaa");
    expect(cache.size).toEqual({ entries: 2, bytes: size("aaa") + size("ccc") });
    await cache.fill("/d", async () => page("dddddddd"));
    expect(cache.size.bytes).toBeLessThanOrEqual(size("aaa") + size("dddddddd"));
    expect(text(cache.lookup("/d"))).toBe("dddddddd");
    await cache.fill("/huge", async () => page("x".repeat(size("aaa") + size("dddddddd"))));
    expect(cache.lookup("/huge")).toBeUndefined();
  });

  it("forgets a page after the max age", async () => {
    let now = 0;
    const cache = new PageCache({ maxEntries: 10, maxBytes: 1000, maxAgeMs: 1000 }, () => now);
    await cache.fill("/", async () => page("old"));
    now = 999;
    expect(cache.lookup("/")).toBeDefined();
    now = 1000;
    expect(cache.lookup("/")).toBeUndefined();
    expect(cache.size).toEqual({ entries: 0, bytes: 0 });
  });

  it("a render that was running during a purge is never stored, and later requests render again", async () => {
    const cache = new PageCache();
    const stale = deferred();
    const staleFill = cache.fill("/health-library", () => stale.promise);
    cache.purge(["/health-library"]);
    const fresh = deferred();
    const freshFill = cache.fill("/health-library", () => fresh.promise);
    expect(freshFill).not.toBe(staleFill);
    fresh.finish(page("after"));
    await freshFill;
    stale.finish(page("before"));
    expect(text(await staleFill)).toBe("before");
    expect(text(cache.lookup("/health-library"))).toBe("after");
  });

  it("purges named pages, or every page", async () => {
    const cache = new PageCache();
    for (const path of ["/", "/services", "/providers"]) await cache.fill(path, async () => page(path));
    cache.purge(["/services"]);
    expect(cache.lookup("/services")).toBeUndefined();
    expect(cache.lookup("/")).toBeDefined();
    cache.purge([EVERY_PATIENT_PAGE]);
    expect(cache.size).toEqual({ entries: 0, bytes: 0 });
  });
});
