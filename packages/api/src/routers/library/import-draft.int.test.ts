import { auditEvents } from "@clinic/db/schema";
import { createTestDatabase, type TestDatabase } from "@clinic/db/testing";
import type { SessionUser } from "@clinic/domain/people/session-user";
import { eq } from "drizzle-orm";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, createStaff } from "../../testing/fixtures";

const seed = readFileSync(new URL("../../../../domain/src/content/fixtures/clinic-upper-back-pain.txt", import.meta.url), "utf8");

let testDb: TestDatabase;
let editor: SessionUser;

beforeAll(async () => {
  testDb = await createTestDatabase();
  editor = await createStaff(testDb.db, "content_editor", { name: "Grace Liu" });
});
afterAll(() => testDb.drop());

const library = () => callerFor(testDb.db, editor).staff.library;

describe("library.importDraft", () => {
  it("creates a draft from the clinic's pasted page with its headings, audited as a creation", async () => {
    const created = await library().importDraft({ text: seed, kind: "condition" });
    expect(created).toMatchObject({ status: "draft", revisionNumber: 1, version: 1 });
    const { latest, slug } = await library().get({ id: created.id });
    expect(slug).toBe("what-is-upper-back-pain");
    expect(latest).toMatchObject({ title: "What is Upper Back Pain", kind: "condition", state: "draft", authorName: "Grace Liu" });
    expect(latest.bodyMarkdown).toContain("\n\n## Causes of Upper Back Pain\n\n");
    const [event] = await testDb.db.select().from(auditEvents).where(eq(auditEvents.action, "article.created"));
    expect(event?.metadata).toMatchObject({ articleId: created.id, revision: 1, importedChars: seed.trim().length });
  });

  it("gives a second import of the same page its own address", async () => {
    const again = await library().importDraft({ text: seed, kind: "condition" });
    expect((await library().get({ id: again.id })).slug).toMatch(/^what-is-upper-back-pain-[0-9a-f]{6}$/);
  });

  it("refuses text that is too long or holds nothing to import with one sentence, not a 500", async () => {
    await expect(library().importDraft({ text: "x ".repeat(60_000), kind: "page" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(library().importDraft({ text: "Book now\n\n© 2026 Clinic", kind: "page" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "We found no article text in what was pasted: copy the page's title and text, then paste again.",
    });
  });
});
