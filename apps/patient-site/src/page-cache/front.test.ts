import { once } from "node:events";
import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pageCacheFront } from "./front";
import { createPlaceholderNonce } from "./page-cache";
import { FILL_HEADER, pageCache } from "./shared";

const DOCUMENT = { accept: "text/html,application/xhtml+xml,*/*;q=0.8", "sec-fetch-dest": "document" };
/** What the test server answers when the fast path hands a request on, standing in for Next. */
const HANDED_TO_NEXT = 599;

let server: Server;
let port: number;
const placeholder = createPlaceholderNonce();
const BODY = `<!DOCTYPE html><html><head><script nonce="${placeholder}" src="/_next/a.js"></script></head><body>Services é ✓<script nonce="${placeholder}">self.__next_f.push([1,"{\\"nonce\\":\\"${placeholder}\\"}"])</script></body></html>`;

function get(path: string, headers: Record<string, string>, method = "GET"): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest({ host: "127.0.0.1", port, path, method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    outgoing.on("error", reject);
    outgoing.end();
  });
}

function nonceOf(csp: string | string[] | undefined): string {
  return /'nonce-([^']+)'/.exec(String(csp ?? ""))?.[1] ?? "";
}

beforeAll(async () => {
  await pageCache().fill("/services", async () => ({
    status: 200,
    headers: [["content-type", "text/html; charset=utf-8"], ["vary", "rsc"], ["link", `</a.css>; rel=preload; as="style"; nonce="${placeholder}"`]],
    body: BODY,
    nonce: placeholder,
    setsCookie: false,
  }));
  const front = pageCacheFront("clinic-patient.session-token");
  server = createServer((incoming, outgoing) => {
    if (front(incoming, outgoing)) return;
    outgoing.statusCode = HANDED_TO_NEXT;
    outgoing.end();
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.close();
  pageCache().purge(["/services"]);
});

describe("pageCacheFront", () => {
  it("answers a hit gzipped, each response with its own nonce in the body, the Link header and the CSP", async () => {
    const [first, second] = await Promise.all([get("/services", { ...DOCUMENT, "accept-encoding": "gzip, deflate, br" }), get("/services", { ...DOCUMENT, "accept-encoding": "gzip" })]);
    for (const answer of [first!, second!]) {
      expect(answer.status).toBe(200);
      expect(answer.headers["x-page-cache"]).toBe("hit");
      expect(answer.headers["content-encoding"]).toBe("gzip");
      expect(Number(answer.headers["content-length"])).toBe(answer.body.length);
      expect(answer.headers.vary).toBe("rsc, Accept-Encoding");
      expect(answer.headers["cache-control"]).toBeUndefined();
      const nonce = nonceOf(answer.headers["content-security-policy"]);
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(gunzipSync(answer.body).toString("utf8")).toBe(BODY.replaceAll(placeholder, nonce));
      expect(answer.headers.link).toBe(`</a.css>; rel=preload; as="style"; nonce="${nonce}"`);
      expect(answer.headers["x-frame-options"]).toBe("DENY");
    }
    expect(nonceOf(first!.headers["content-security-policy"])).not.toBe(nonceOf(second!.headers["content-security-policy"]));
  });

  it("sends the plain bytes to a client that takes no gzip, and no body to HEAD", async () => {
    const plain = await get("/services", { ...DOCUMENT, "accept-encoding": "identity" });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString("utf8")).toBe(BODY.replaceAll(placeholder, nonceOf(plain.headers["content-security-policy"])));
    const head = await get("/services", { ...DOCUMENT, "accept-encoding": "gzip" }, "HEAD");
    const gzipped = await get("/services", { ...DOCUMENT, "accept-encoding": "gzip" });
    expect(head.status).toBe(200);
    expect(head.headers["x-page-cache"]).toBe("hit");
    expect(head.headers["content-length"]).toBe(String(gzipped.body.length));
  });

  it("hands Next everything that is not a hit: a session cookie, a query, a POST, a fetch, another page", async () => {
    const signedIn = await get("/services", { ...DOCUMENT, cookie: "theme=dark; clinic-patient.session-token=abc" });
    expect(signedIn.status).toBe(HANDED_TO_NEXT);
    expect((await get("/services", { ...DOCUMENT, cookie: "theme=dark" })).status).toBe(200);
    expect((await get("/services?q=back", DOCUMENT)).status).toBe(HANDED_TO_NEXT);
    expect((await get("/services", DOCUMENT, "POST")).status).toBe(HANDED_TO_NEXT);
    expect((await get("/services", { accept: "*/*", "sec-fetch-dest": "empty" })).status).toBe(HANDED_TO_NEXT);
    expect((await get("/providers", DOCUMENT)).status).toBe(HANDED_TO_NEXT);
    expect((await get("/book", DOCUMENT)).status).toBe(HANDED_TO_NEXT);
    expect((await get("/services", { ...DOCUMENT, [FILL_HEADER]: "any" })).status).toBe(HANDED_TO_NEXT);
  });

  it("answers only a target Next would route as it is: odd spellings of a cached path go to Next (and its redirects)", async () => {
    for (const target of ["//services", "/\\services", "//evil.example/services", "/x/../services", "/./services", "http://clinic.example/services", "*", "/services#top"]) {
      expect((await get(target, DOCUMENT)).status, target).toBe(HANDED_TO_NEXT);
    }
    expect((await get("/services", DOCUMENT)).status).toBe(200);
  });
});
