import { timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { PageCache } from "./page-cache";

/** Request headers of the proxy's own render of a page for the cache (docs/decisions/0091). */
export const FILL_HEADER = "x-page-cache-fill";
export const FILL_NONCE_HEADER = "x-page-cache-nonce";

/** Answers a request from the page cache before Next sees it; false hands it to Next (server.mjs). */
export type FrontHandler = (request: IncomingMessage, response: ServerResponse) => boolean;

type Shared = { cache: PageCache; fillSecret: string; front?: FrontHandler };

// proxy.ts, the revalidate route and instrumentation.ts are bundled separately, each with its own copy of this
// module: one process-wide store under a global symbol lets the route purge what the proxy and server.mjs serve.
const KEY = Symbol.for("clinic.patient-site.page-cache");

function shared(): Shared {
  const holder = globalThis as { [KEY]?: Shared };
  holder[KEY] ??= { cache: new PageCache(), fillSecret: crypto.randomUUID() };
  return holder[KEY];
}

export function pageCache(): PageCache {
  return shared().cache;
}

/** Installed once by instrumentation.ts when the cache is on; server.mjs finds it under the same global symbol. */
export function installFront(handler: FrontHandler): void {
  shared().front = handler;
}

export function fillSecret(): string {
  return shared().fillSecret;
}

/** True only for the proxy's own render request: the secret is random per process and never leaves it. */
export function isFillRequest(headers: Headers): boolean {
  const given = Buffer.from(headers.get(FILL_HEADER) ?? "");
  const expected = Buffer.from(fillSecret());
  return given.length === expected.length && timingSafeEqual(given, expected);
}
