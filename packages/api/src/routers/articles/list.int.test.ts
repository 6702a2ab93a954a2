import { createTestDatabase, type TestDatabase } from "@clinic/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, createArticle } from "../../testing/fixtures";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
  await createArticle(testDb.db, { slug: "upper-back-pain", title: "Upper back pain", kind: "condition" });
  await createArticle(testDb.db, { slug: "physical-therapy", title: "Physical therapy", kind: "treatment" });
  await createArticle(testDb.db, { slug: "draft-piece", title: "A draft", kind: "condition", status: "draft" });
});
afterAll(() => testDb.drop());

describe("articles.list", () => {
  it("lists published articles only, by title", async () => {
    const articles = await callerFor(testDb.db, null).patient.articles.list();
    expect(articles.map((a) => a.slug)).toEqual(["physical-therapy", "upper-back-pain"]);
    expect(articles[0]?.publishedAt).toBeInstanceOf(Date);
    expect(articles[0]).not.toHaveProperty("bodyMarkdown");
  });

  it("narrows to one kind", async () => {
    const articles = await callerFor(testDb.db, null).patient.articles.list({ kind: "condition" });
    expect(articles.map((a) => a.slug)).toEqual(["upper-back-pain"]);
  });
});
