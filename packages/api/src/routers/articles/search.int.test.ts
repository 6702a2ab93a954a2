import { articles } from "@clinic/db/schema";
import { createTestDatabase, type TestDatabase } from "@clinic/db/testing";
import { HIGHLIGHT_END, HIGHLIGHT_START } from "@clinic/domain/content/library-search";
import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, createArticle } from "../../testing/fixtures";

let testDb: TestDatabase;

async function article(slug: string, title: string, summary: string, bodyMarkdown: string, status: "published" | "draft" = "published") {
  const created = await createArticle(testDb.db, { slug, title, status, kind: "condition" });
  await testDb.db.update(articles).set({ summary, bodyMarkdown }).where(eq(articles.id, created.id));
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  // "back pain" in the body only, in the summary, and in the title: the ranking must follow that order in reverse.
  await article("sciatica", "Sciatica", "Pain that runs down the leg.", "## Causes\n\nA disc in the lower back can press on a nerve and cause pain.");
  await article("physical-therapy", "Physical therapy", "Exercises that ease back pain.", "## What to expect\n\nA plan of exercises.");
  await article("upper-back-pain", "Upper back pain", "Why the upper back aches.", "## Posture\n\nHours at a desk strain the muscles.");
  await article("unsafe-text", "Desk ergonomics", "Setting up a desk.", 'Avoid <script>alert("x")</script> slouching at the keyboard.');
  await article("back-pain-secrets", "Back pain secrets", "A draft nobody has approved.", "Back pain back pain.", "draft");
});
afterAll(() => testDb.drop());

const search = (q: string) => callerFor(testDb.db, null).patient.articles.search({ q });

describe("articles.search", () => {
  it("ranks a title match above a summary match above a body match, and never shows drafts", async () => {
    const results = await search("back pain");
    expect(results.map((result) => result.slug)).toEqual(["upper-back-pain", "physical-therapy", "sciatica"]);
  });

  it("highlights the matched words in the snippet", async () => {
    const [sciatica] = await search("nerve");
    expect(sciatica?.slug).toBe("sciatica");
    expect(sciatica?.snippet).toContain(`${HIGHLIGHT_START}nerve${HIGHLIGHT_END}`);
  });

  it("understands web-search syntax: quoted phrases and excluded words", async () => {
    expect((await search('"upper back"')).map((result) => result.slug)).toEqual(["upper-back-pain"]);
    expect((await search("back pain -leg")).map((result) => result.slug)).toEqual(["upper-back-pain", "physical-therapy"]);
  });

  it("finds titles despite a typo when full-text search finds nothing", async () => {
    expect((await search("sciatca")).map((result) => result.slug)).toEqual(["sciatica"]);
    expect((await search("phisical therapy")).map((result) => result.slug)).toContain("physical-therapy");
  });

  it("returns article text as text: the snippet drops tags and keeps the rest as characters, for the page to escape", async () => {
    const [unsafe] = await search("slouching");
    expect(unsafe?.slug).toBe("unsafe-text");
    expect(unsafe?.snippet).not.toContain("<script");
    expect(unsafe?.snippet).toContain('alert("x")');
  });

  it("answers nothing for words no article holds, and refuses empty or oversized queries with a sentence", async () => {
    expect(await search("xylophone quantum")).toEqual([]);
    await expect(search("   ")).rejects.toThrow(TRPCError);
    await expect(search("a".repeat(201))).rejects.toThrow(/at most 200 characters/);
  });
});
