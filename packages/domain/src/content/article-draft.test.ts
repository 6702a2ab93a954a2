import { describe, expect, it } from "vitest";
import { articleDraftSchema, articleSlug, slugFromTitle } from "./article-draft";

describe("article drafts", () => {
  it("proposes a slug from a title", () => {
    expect(slugFromTitle("Upper back pain (thoracic)")).toBe("upper-back-pain-thoracic");
    expect(slugFromTitle("  Ćervical — spine ")).toBe("cervical-spine");
  });

  it("accepts only lower-case dashed slugs, and keeps “preview” for draft previews", () => {
    expect(articleSlug.safeParse("upper-back-pain").success).toBe(true);
    expect(articleSlug.safeParse("Upper Back").success).toBe(false);
    expect(articleSlug.safeParse("preview").error?.issues[0]?.message).toMatch(/reserved/);
  });

  it("refuses citations that are not web links", () => {
    const draft = { title: "T", slug: "t", kind: "page", summary: "S", bodyMarkdown: "", relatedServiceIds: [], relatedArticleIds: [] };
    const citation = { title: "Source", publisher: "", accessedOn: "2026-11-01" };
    expect(articleDraftSchema.safeParse({ ...draft, citations: [{ ...citation, url: "https://example.org/a" }] }).success).toBe(true);
    expect(articleDraftSchema.safeParse({ ...draft, citations: [{ ...citation, url: "javascript:alert(1)" }] }).success).toBe(false);
    expect(articleDraftSchema.safeParse({ ...draft, citations: [{ ...citation, url: "data:text/html,x" }] }).success).toBe(false);
  });
});
