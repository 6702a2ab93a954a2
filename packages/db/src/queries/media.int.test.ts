import { randomUUID } from "node:crypto";
import { checkMediaUpload } from "@clinic/domain/media/upload";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, media, users } from "../schema";
import { createTestDatabase, type TestDatabase } from "../testing";
import { testPng } from "../testing/png";
import { postgresMediaStore } from "./media";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb.drop());

const png = (grey: number) => testPng(1, 1, grey);

async function upload(bytes: Buffer, alt: string) {
  const decision = await checkMediaUpload(bytes, alt);
  if (!decision.ok) throw new Error(decision.refusal.message);
  return decision.upload;
}

describe("postgresMediaStore", () => {
  it("stores an image once per hash, serves the same bytes, and audits every upload", async () => {
    const [editor] = await testDb.db
      .insert(users)
      .values({ email: `${randomUUID()}@example.test`, name: "Eda Editor", role: "content_editor", passwordHash: "x" })
      .returning({ id: users.id, role: users.role });
    const ctx = { user: editor!, requestId: randomUUID(), ip: "127.0.0.1" };
    const store = postgresMediaStore(testDb.db);
    const bytes = png(0x42);

    const first = await store.store(ctx, await upload(bytes, "A grey dot"));
    const second = await store.store(ctx, await upload(Buffer.from(bytes), "The same dot again"));

    expect(first).toMatchObject({ created: true, contentType: "image/png", width: 1, height: 1, alt: "A grey dot" });
    expect(second).toMatchObject({ created: false, id: first.id, alt: "A grey dot" });
    expect(await testDb.db.select({ id: media.id }).from(media).where(eq(media.sha256, first.sha256))).toHaveLength(1);

    const served = await store.read(first.sha256);
    expect(served?.contentType).toBe("image/png");
    expect(Buffer.compare(served!.bytes, bytes)).toBe(0);
    expect(await store.read("0".repeat(64))).toBeNull();

    const events = await testDb.db
      .select({ action: auditEvents.action, actor: auditEvents.actorUserId, metadata: auditEvents.metadata })
      .from(auditEvents)
      .where(eq(auditEvents.action, "media.uploaded"));
    expect(events).toEqual([
      { action: "media.uploaded", actor: editor!.id, metadata: { mediaId: first.id, created: true, byteSize: bytes.length } },
      { action: "media.uploaded", actor: editor!.id, metadata: { mediaId: first.id, created: false, byteSize: bytes.length } },
    ]);
  });
});
