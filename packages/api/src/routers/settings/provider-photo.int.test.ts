import { auditEvents, media, providers } from "@clinic/db/schema";
import { createTestDatabase, type TestDatabase } from "@clinic/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, createProvider, createStaff } from "../../testing/fixtures";
import { testPng } from "@clinic/db/testing/png";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb.drop());

async function admin(requestId: string) {
  return callerFor(testDb.db, await createStaff(testDb.db, "admin"), { requestId }).staff.settings;
}

async function auditsOf(requestId: string) {
  return testDb.db.select({ action: auditEvents.action, metadata: auditEvents.metadata }).from(auditEvents).where(eq(auditEvents.requestId, requestId));
}

describe("settings.setProviderPhoto and settings.removeProviderPhoto", () => {
  it("stores the photo, shows it to patients with its size and alt text, and audits both steps", async () => {
    const provider = await createProvider(testDb.db, { name: "Dr. Photo Set" });
    const settings = await admin("req-photo-set");
    const bytes = testPng(48, 64, 90);
    const result = await settings.setProviderPhoto({ providerId: provider.id, imageBase64: bytes.toString("base64"), alt: "Dr. Set at the front desk" });
    expect(result).toMatchObject({ ok: true, photo: { width: 48, height: 64, alt: "Dr. Set at the front desk", url: expect.stringMatching(/^\/media\/[0-9a-f]{64}$/) } });

    const shown = (await callerFor(testDb.db, null).patient.providers.list()).find((p) => p.id === provider.id);
    expect(shown?.photo).toEqual(result.ok ? result.photo : null);
    const inSettings = (await settings.catalogue()).providers.find((p) => p.id === provider.id);
    expect(inSettings?.photo).toEqual(shown?.photo);

    const [row] = await testDb.db.select({ mediaId: providers.photoMediaId }).from(providers).where(eq(providers.id, provider.id));
    const audits = await auditsOf("req-photo-set");
    expect(audits.map((audit) => audit.action).sort()).toEqual(["media.uploaded", "provider.photo_set"]);
    expect(audits.find((audit) => audit.action === "provider.photo_set")?.metadata).toEqual({ providerId: provider.id, mediaId: row!.mediaId, replaced: false });
  });

  it("derives the alt text from the name when none is typed", async () => {
    const provider = await createProvider(testDb.db, { name: "Dr. Alt Derived" });
    const settings = await admin("req-photo-derived");
    const result = await settings.setProviderPhoto({ providerId: provider.id, imageBase64: testPng(4, 4, 91).toString("base64"), alt: "  " });
    expect(result).toMatchObject({ ok: true, photo: { alt: "Photo of Dr. Alt Derived" } });
  });

  it("keeps each provider's own alt text when two share the same image bytes", async () => {
    const first = await createProvider(testDb.db, { name: "Dr. First Share" });
    const second = await createProvider(testDb.db, { name: "Dr. Second Share" });
    const settings = await admin("req-photo-shared");
    const imageBase64 = testPng(5, 5, 92).toString("base64");
    await settings.setProviderPhoto({ providerId: first.id, imageBase64, alt: "First" });
    const again = await settings.setProviderPhoto({ providerId: second.id, imageBase64, alt: "Second" });
    expect(again).toMatchObject({ ok: true, photo: { alt: "Second" } });
    const shown = await callerFor(testDb.db, null).patient.providers.list();
    expect(shown.find((p) => p.id === first.id)?.photo?.alt).toBe("First");
    expect(await testDb.db.select({ id: media.id }).from(media).where(eq(media.width, 5))).toHaveLength(1);
  });

  it("refuses a file that is not an image by its bytes, leaving the provider unchanged", async () => {
    const provider = await createProvider(testDb.db, { name: "Dr. Not Image" });
    const settings = await admin("req-photo-refused");
    const result = await settings.setProviderPhoto({ providerId: provider.id, imageBase64: Buffer.from("<svg onload=alert(1)>").toString("base64"), alt: "x" });
    expect(result).toMatchObject({ ok: false, status: 415, fieldErrors: { file: "Upload a JPEG, PNG or WebP image." } });
    expect((await settings.catalogue()).providers.find((p) => p.id === provider.id)?.photo).toBeNull();
    expect(await auditsOf("req-photo-refused")).toEqual([]);
  });

  it("removes the photo (the provider shows none again) and audits it", async () => {
    const provider = await createProvider(testDb.db, { name: "Dr. Photo Removed" });
    const settings = await admin("req-photo-remove");
    await settings.setProviderPhoto({ providerId: provider.id, imageBase64: testPng(6, 6, 93).toString("base64"), alt: "Soon gone" });
    expect(await settings.removeProviderPhoto({ providerId: provider.id })).toEqual({ ok: true, photo: null });
    expect((await callerFor(testDb.db, null).patient.providers.list()).find((p) => p.id === provider.id)?.photo).toBeNull();
    expect((await auditsOf("req-photo-remove")).find((audit) => audit.action === "provider.photo_removed")?.metadata).toEqual({ providerId: provider.id, hadPhoto: true });
  });

  it("answers an unknown provider with NOT_FOUND", async () => {
    const settings = await admin("req-photo-unknown");
    await expect(settings.removeProviderPhoto({ providerId: crypto.randomUUID() })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(settings.setProviderPhoto({ providerId: crypto.randomUUID(), imageBase64: testPng().toString("base64"), alt: "x" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
