import { deflateSync } from "node:zlib";
import { auditEvents } from "@clinic/db/schema";
import { createTestDatabase, type TestDatabase } from "@clinic/db/testing";
import { MEDIA_MAX_BYTES } from "@clinic/domain/media/upload";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, createStaff } from "../../testing/fixtures";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb.drop());

/** A 2×1 PNG (8-bit grey) with valid chunk checksums. */
function png(): Buffer {
  const crc = (bytes: Buffer) => {
    let value = ~0;
    for (const byte of bytes) {
      value ^= byte;
      for (let bit = 0; bit < 8; bit++) value = (value >>> 1) ^ (0xedb88320 & -(value & 1));
    }
    return ~value >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const header = Buffer.from([0, 0, 0, 2, 0, 0, 0, 1, 8, 0, 0, 0, 0]);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", header), chunk("IDAT", deflateSync(Buffer.from([0, 10, 200]))), chunk("IEND", Buffer.alloc(0))]);
}

describe("library.uploadImage and media.original", () => {
  it("stores an editor's image, serves the same bytes to anyone, and audits the upload", async () => {
    const editor = await createStaff(testDb.db, "content_editor");
    const bytes = png();
    const result = await callerFor(testDb.db, editor).staff.library.uploadImage({ imageBase64: bytes.toString("base64"), alt: "Two grey dots" });
    expect(result).toMatchObject({ ok: true, image: { width: 2, height: 1, alt: "Two grey dots", created: true } });
    if (!result.ok) return;
    expect(result.image.path).toBe(`/media/${result.image.sha256}`);

    const served = await callerFor(testDb.db, null).patient.media.original({ sha256: result.image.sha256 });
    expect(served?.contentType).toBe("image/png");
    expect(Buffer.compare(Buffer.from(served!.bytesBase64, "base64"), bytes)).toBe(0);

    const audit = await testDb.db.select({ actor: auditEvents.actorUserId }).from(auditEvents).where(eq(auditEvents.action, "media.uploaded"));
    expect(audit).toEqual([{ actor: editor.id }]);
  });

  it("answers an oversize file and missing alt text with a status, a sentence and the field", async () => {
    const editor = await createStaff(testDb.db, "admin");
    const library = callerFor(testDb.db, editor).staff.library;
    const big = Buffer.alloc(MEDIA_MAX_BYTES + 10);
    png().copy(big);
    expect(await library.uploadImage({ imageBase64: big.toString("base64"), alt: "Big" })).toMatchObject({ ok: false, status: 413, fieldErrors: { file: expect.any(String) } });
    expect(await library.uploadImage({ imageBase64: png().toString("base64"), alt: " " })).toMatchObject({ ok: false, status: 400, fieldErrors: { alt: expect.any(String) } });
  });
});
