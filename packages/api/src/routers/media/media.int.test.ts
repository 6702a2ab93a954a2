import { auditEvents } from "@clinic/db/schema";
import { createTestDatabase, type TestDatabase } from "@clinic/db/testing";
import { MEDIA_MAX_BYTES } from "@clinic/domain/media/upload";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, createStaff } from "../../testing/fixtures";
import { testPng } from "@clinic/db/testing/png";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb.drop());

const png = () => testPng(2, 1);

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
