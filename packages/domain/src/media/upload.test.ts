import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { checkMediaUpload, MEDIA_MAX_BYTES } from "./upload";

function crc32(bytes: Uint8Array): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A real, decodable grey PNG of the given size. */
function png(width: number, height: number): Uint8Array {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const rows = Buffer.alloc((width + 1) * height, 0x80);
  for (let row = 0; row < height; row++) rows[row * (width + 1)] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows)),
    chunk("IEND", new Uint8Array()),
  ]);
}

const gif = Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64");
const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>');

describe("checkMediaUpload", () => {
  it("accepts a PNG with alt text and reads its type, size and hash from the bytes", async () => {
    const decision = await checkMediaUpload(png(3, 2), "  A grey square  ");
    expect(decision).toMatchObject({ ok: true, upload: { contentType: "image/png", width: 3, height: 2, alt: "A grey square" } });
    if (decision.ok) expect(decision.upload.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("refuses a text file whatever its name claims", async () => {
    const decision = await checkMediaUpload(Buffer.from("just text, saved as photo.png"), "A photo");
    expect(decision).toMatchObject({ ok: false, refusal: { status: 415, fieldErrors: { file: "Upload a JPEG, PNG or WebP image." } } });
  });

  it("refuses a GIF and an SVG", async () => {
    for (const bytes of [gif, svg]) {
      const decision = await checkMediaUpload(bytes, "An image");
      expect(decision).toMatchObject({ ok: false, refusal: { status: 415 } });
    }
  });

  it("refuses an oversize file with 413 before reading it", async () => {
    const big = new Uint8Array(MEDIA_MAX_BYTES + 1);
    big.set(png(1, 1));
    const decision = await checkMediaUpload(big, "Big");
    expect(decision).toMatchObject({ ok: false, refusal: { status: 413 } });
  });

  it("refuses a PNG whose header is cut off", async () => {
    const decision = await checkMediaUpload(png(4, 4).subarray(0, 12), "Cut");
    expect(decision.ok).toBe(false);
  });

  it("requires alt text", async () => {
    for (const alt of [undefined, "", "   "]) {
      const decision = await checkMediaUpload(png(2, 2), alt);
      expect(decision).toMatchObject({ ok: false, refusal: { status: 400, fieldErrors: { alt: expect.any(String) } } });
    }
  });

  it("refuses an empty file", async () => {
    expect(await checkMediaUpload(new Uint8Array(), "x")).toMatchObject({ ok: false, refusal: { status: 400 } });
  });
});
