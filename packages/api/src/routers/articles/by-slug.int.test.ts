import { createTestDatabase, type TestDatabase } from "@clinic/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { patientRouter } from "../../patient-router";
import { callerFor, createArticle, createProvider, createService, createUser } from "../../testing/fixtures";
import { callOverHttp } from "../../testing/http";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
  const reviewer = await createProvider(testDb.db, { name: "Dr. Maya Okafor" });
  const author = await createUser(testDb.db, { role: "content_editor", name: "Grace Liu" });
  const consult = await createService(testDb.db, { name: "Initial pain consultation" });
  const retired = await createService(testDb.db, { name: "Retired", active: false });
  await createArticle(testDb.db, {
    slug: "upper-back-pain",
    title: "Upper back pain",
    reviewerProviderId: reviewer.id,
    authorUserId: author.id,
    serviceIds: [consult.id, retired.id],
  });
  await createArticle(testDb.db, { slug: "unfinished", status: "draft" });
});
afterAll(() => testDb.drop());

describe("articles.bySlug", () => {
  it("returns the article with author, reviewer and active related services", async () => {
    const article = await callerFor(testDb.db, null).patient.articles.bySlug({ slug: "upper-back-pain" });
    expect(article).toMatchObject({
      title: "Upper back pain",
      author: { name: "Grace Liu" },
      reviewer: { name: "Dr. Maya Okafor", title: "MD, Interventional Pain Medicine" },
      reviewedOn: "2026-01-05",
    });
    expect(article.relatedServices.map((s) => s.name)).toEqual(["Initial pain consultation"]);
    expect(article.publishedAt).toBeInstanceOf(Date);
  });

  it("hides drafts exactly like unknown slugs", async () => {
    const caller = callerFor(testDb.db, null).patient;
    await expect(caller.articles.bySlug({ slug: "unfinished" })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "That article was not found.",
    });
    await expect(caller.articles.bySlug({ slug: "no-such-article" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("answers a malformed slug with BAD_REQUEST and a field message, never a 500", async () => {
    const response = await callOverHttp(patientRouter, {
      db: testDb.db,
      user: null,
      path: "articles.bySlug",
      type: "query",
      input: { slug: "../../etc/passwd" },
    });
    expect(response.status).toBe(400);
    expect(response.error?.data.zodError?.fieldErrors.slug).toEqual([
      "An article address uses lower-case letters, digits and dashes.",
    ]);
  });
});
