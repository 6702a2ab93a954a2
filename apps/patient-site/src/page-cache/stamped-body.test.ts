import { gunzipSync } from "node:zlib";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { acceptsGzip, cutAtPlaceholder, stampGzip, stampPlain, type StampableBody } from "./stamped-body";

const PLACEHOLDER = "0123456789abcdef0123456789abcdef";

function compressed(body: StampableBody): StampableBody & { deflated: readonly Buffer[] } {
  if (!body.deflated) throw new Error("cut without compression");
  return { ...body, deflated: body.deflated };
}

describe("stampGzip and stampPlain", () => {
  it("give the body with the nonce in every place of the placeholder, gzip decoding to the same bytes", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: "binary", maxLength: 1500 }), { minLength: 1, maxLength: 8 }),
        fc.base64String({ minLength: 4, maxLength: 64 }),
        (pieces, nonce) => {
          const body = cutAtPlaceholder(pieces.join(PLACEHOLDER), PLACEHOLDER, true);
          const expected = Buffer.from(pieces.join(nonce), "utf8");
          expect(stampPlain(body, nonce).equals(expected)).toBe(true);
          expect(gunzipSync(stampGzip(compressed(body), nonce)).equals(expected)).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
    // Each run compresses up to 8 pieces at level 9: seconds on a loaded 2-core machine.
  }, 30_000);

  it("handles a page larger than a stored block and a window, with the placeholder at both ends", () => {
    const middle = Array.from({ length: 20_000 }, (_, i) => `<p data-i="${i}">${(i * 7919) % 104729}</p>`).join("");
    const source = `${PLACEHOLDER}${middle}${PLACEHOLDER}${middle}${PLACEHOLDER}`;
    const body = cutAtPlaceholder(source, PLACEHOLDER, true);
    const gzip = stampGzip(compressed(body), "n0nce+/==");
    expect(gunzipSync(gzip).toString("utf8")).toBe(source.replaceAll(PLACEHOLDER, "n0nce+/=="));
    // Compressed once, well: the stitched stream stays far smaller than the page.
    expect(gzip.length).toBeLessThan(Buffer.byteLength(source) / 3);
  });

  it("gives every response its own bytes while the cut body stays as it was", () => {
    const body = cutAtPlaceholder(`<script nonce="${PLACEHOLDER}"></script>`, PLACEHOLDER, true);
    const first = gunzipSync(stampGzip(compressed(body), "first")).toString("utf8");
    const second = gunzipSync(stampGzip(compressed(body), "second")).toString("utf8");
    expect([first, second]).toEqual(['<script nonce="first"></script>', '<script nonce="second"></script>']);
  });
});

describe("acceptsGzip", () => {
  it("reads Accept-Encoding as RFC 9110 does", () => {
    expect(acceptsGzip("gzip, deflate, br, zstd")).toBe(true);
    expect(acceptsGzip("br;q=1.0, GZIP;q=0.5")).toBe(true);
    expect(acceptsGzip("x-gzip")).toBe(true);
    expect(acceptsGzip("*")).toBe(true);
    expect(acceptsGzip(null)).toBe(false);
    expect(acceptsGzip("")).toBe(false);
    expect(acceptsGzip("identity")).toBe(false);
    expect(acceptsGzip("br")).toBe(false);
    expect(acceptsGzip("gzip;q=0")).toBe(false);
    expect(acceptsGzip("gzip;q=0.000")).toBe(false);
    expect(acceptsGzip("*, gzip;q=0")).toBe(false);
    expect(acceptsGzip("*;q=0")).toBe(false);
  });
});
