import { articleRevisions, auditEvents, providers } from "@clinic/db/schema";
import { createTestDatabase, type TestDatabase } from "@clinic/db/testing";
import type { ArticleDraft } from "@clinic/domain/content/article-draft";
import type { SessionUser } from "@clinic/domain/people/session-user";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signPreview } from "@clinic/auth/revalidate-signature";
import { callerFor, createProvider, createService, createStaff, TEST_PREVIEW_SECRET } from "../../testing/fixtures";

let testDb: TestDatabase;
let editor: SessionUser;
let otherEditor: SessionUser;
let provider: SessionUser;
let admin: SessionUser;
let serviceId: string;

beforeAll(async () => {
  testDb = await createTestDatabase();
  editor = await createStaff(testDb.db, "content_editor", { name: "Grace Liu" });
  otherEditor = await createStaff(testDb.db, "content_editor", { name: "Sam Ortiz" });
  provider = await createStaff(testDb.db, "provider", { name: "Maya Okafor" });
  admin = await createStaff(testDb.db, "admin", { name: "Priya Shah" });
  const profile = await createProvider(testDb.db, { name: "Dr. Maya Okafor" });
  await testDb.db.update(providers).set({ userId: provider.id }).where(eq(providers.id, profile.id));
  const adminProfile = await createProvider(testDb.db, { name: "Dr. Priya Shah" });
  await testDb.db.update(providers).set({ userId: admin.id }).where(eq(providers.id, adminProfile.id));
  serviceId = (await createService(testDb.db, { name: "Initial pain consultation" })).id;
});
afterAll(() => testDb.drop());

const staff = (user: SessionUser) => callerFor(testDb.db, user).staff.library;
const patientSite = () => callerFor(testDb.db, null).patient.articles;

let slugCounter = 0;
function draft(overrides: Partial<ArticleDraft> = {}): ArticleDraft {
  slugCounter += 1;
  return {
    title: `Rib pain ${slugCounter}`,
    slug: `rib-pain-${slugCounter}`,
    kind: "condition",
    summary: "Why ribs hurt and what helps.",
    bodyMarkdown: "## Causes\n\nStrained muscles between the ribs.",
    relatedServiceIds: [serviceId],
    relatedArticleIds: [],
    citations: [{ title: "Costochondritis", publisher: "NHS", url: "https://www.nhs.uk/conditions/costochondritis/", accessedOn: "2026-11-01" }],
    ...overrides,
  };
}

/** Drafts, submits and has the provider approve an article; returns its id and version. */
async function publishedArticle(overrides: Partial<ArticleDraft> = {}) {
  const created = await staff(editor).create({ draft: draft(overrides) });
  const submitted = await staff(editor).submit({ id: created.id, version: created.version });
  const approved = await staff(provider).approve({ id: created.id, version: submitted.version });
  return approved;
}

describe("library workflow", () => {
  it("keeps a draft off the patient site until a provider approves it, then names the reviewer from the approval", async () => {
    const text = draft({ title: "Costochondritis", slug: "costochondritis" });
    const created = await staff(editor).create({ draft: text });
    await expect(patientSite().bySlug({ slug: "costochondritis" })).rejects.toMatchObject({ code: "NOT_FOUND" });

    const submitted = await staff(editor).submit({ id: created.id, version: created.version });
    expect(submitted.status).toBe("in_review");
    await expect(patientSite().bySlug({ slug: "costochondritis" })).rejects.toMatchObject({ code: "NOT_FOUND" });

    const approved = await staff(provider).approve({ id: created.id, version: submitted.version });
    expect(approved.status).toBe("published");
    expect(approved.refresh).toEqual(expect.arrayContaining(["/health-library", "/health-library/costochondritis", "/sitemap.xml"]));

    const page = await patientSite().bySlug({ slug: "costochondritis" });
    expect(page).toMatchObject({ title: "Costochondritis", reviewer: { name: "Dr. Maya Okafor" }, citations: text.citations });
    expect(page.relatedServices.map((service) => service.id)).toEqual([serviceId]);
    expect((await patientSite().search({ q: "costochondritis" })).map((hit) => hit.slug)).toContain("costochondritis");

    const record = await staff(editor).get({ id: created.id });
    expect(record.latest).toMatchObject({ state: "approved", authorName: "Grace Liu", submitterName: "Grace Liu", approverName: "Maya Okafor" });
    expect(record.nextReviewOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Number(record.nextReviewOn!.slice(0, 4)) - Number(record.reviewedOn!.slice(0, 4))).toBe(1);

    const actions = await testDb.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.actorUserId, provider.id));
    expect(actions.map((row) => row.action)).toContain("article.approved");
  });

  it("keeps the published text while an edit is drafted and reviewed; approval publishes the edit", async () => {
    const live = await publishedArticle({ title: "Intercostal strain", slug: "intercostal-strain" });
    const saved = await staff(editor).save({ id: live.id, version: live.version, draft: draft({ title: "Intercostal strain", slug: "intercostal-strain", summary: "A newer summary." }) });
    expect((await patientSite().bySlug({ slug: "intercostal-strain" })).summary).toBe("Why ribs hurt and what helps.");
    const submitted = await staff(editor).submit({ id: live.id, version: saved.version });
    await staff(provider).approve({ id: live.id, version: submitted.version });
    expect((await patientSite().bySlug({ slug: "intercostal-strain" })).summary).toBe("A newer summary.");
  });

  it("archiving takes the article off the site, the library list and search", async () => {
    const live = await publishedArticle({ title: "Slipping rib syndrome", slug: "slipping-rib-syndrome" });
    const archived = await staff(editor).archive({ id: live.id, version: live.version });
    expect(archived.refresh).toContain("/health-library/slipping-rib-syndrome");
    await expect(patientSite().bySlug({ slug: "slipping-rib-syndrome" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await patientSite().list()).map((article) => article.slug)).not.toContain("slipping-rib-syndrome");
    expect((await patientSite().search({ q: "slipping rib" })).map((hit) => hit.slug)).not.toContain("slipping-rib-syndrome");
  });
});

describe("nobody approves their own text", () => {
  it("refuses the author, and anyone who wrote a revision since the last approval", async () => {
    const created = await staff(editor).create({ draft: draft() });
    // The administrator edits the text, so it is partly theirs.
    const saved = await staff(admin).save({ id: created.id, version: created.version, draft: draft({ summary: "Edited by the administrator." }) });
    const submitted = await staff(editor).submit({ id: created.id, version: saved.version });
    await expect(staff(admin).approve({ id: created.id, version: submitted.version })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "You wrote part of this text, so another provider or an administrator must approve it.",
    });
    const record = await staff(admin).get({ id: created.id });
    expect(record.allowed.approve).toBe(false);
    expect(record.approveRefusal).toMatch(/you wrote part of this text/i);
    // A content editor may not approve at all.
    await expect(staff(otherEditor).approve({ id: created.id, version: submitted.version })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(staff(provider).approve({ id: created.id, version: submitted.version })).resolves.toMatchObject({ status: "published" });
  });

  it("is enforced by the database too, whatever writes the row", async () => {
    const created = await staff(editor).create({ draft: draft() });
    const approveDirectly = (userId: string) =>
      testDb.db
        .update(articleRevisions)
        .set({ state: "approved", approvedAt: new Date(), approvedByUserId: userId })
        .where(and(eq(articleRevisions.articleId, created.id), eq(articleRevisions.number, 1)));
    await expect(approveDirectly(editor.id)).rejects.toMatchObject({ cause: { code: "23514" } });
    // A content editor who did not write it may not approve either: the role is checked.
    await expect(approveDirectly(otherEditor.id)).rejects.toMatchObject({ cause: { code: "23514" } });
    await expect(approveDirectly(provider.id)).resolves.toBeDefined();
  });
});

describe("concurrent edits", () => {
  it("refuses a save made against an older version, naming who saved in between, and keeps their text", async () => {
    const created = await staff(editor).create({ draft: draft() });
    const first = await staff(otherEditor).save({ id: created.id, version: created.version, draft: draft({ summary: "Sam's summary." }) });
    await expect(staff(editor).save({ id: created.id, version: created.version, draft: draft({ summary: "Grace's summary." }) })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/^Sam Ortiz changed this article after you opened it, so your changes were not saved\./),
    });
    const record = await staff(editor).get({ id: created.id });
    expect(record.version).toBe(first.version);
    expect(record.latest.summary).toBe("Sam's summary.");
    // A review step against an old version is refused the same way.
    await expect(staff(editor).submit({ id: created.id, version: created.version })).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("revisions", () => {
  it("makes every save a revision; an autosave is replaced by the same person's next save", async () => {
    const created = await staff(editor).create({ draft: draft() });
    const auto1 = await staff(editor).save({ id: created.id, version: created.version, draft: draft({ summary: "typing" }), autosave: true });
    const auto2 = await staff(editor).save({ id: created.id, version: auto1.version, draft: draft({ summary: "typing more" }), autosave: true });
    expect(auto2.revisionNumber).toBe(auto1.revisionNumber);
    const manual = await staff(editor).save({ id: created.id, version: auto2.version, draft: draft({ summary: "Done." }) });
    expect(manual.revisionNumber).toBe(2);
    const next = await staff(editor).save({ id: created.id, version: manual.version, draft: draft({ summary: "Again." }) });
    expect(next.revisionNumber).toBe(3);
    const record = await staff(editor).get({ id: created.id });
    expect(record.revisions.map((revision) => [revision.number, revision.summary, revision.autosaved])).toEqual([
      [3, "Again.", false],
      [2, "Done.", false],
      [1, "Why ribs hurt and what helps.", false],
    ]);
  });

  it("restores an earlier revision as a new draft; patients keep the published text until it is approved", async () => {
    const live = await publishedArticle({ title: "Rib fracture", slug: "rib-fracture", summary: "Version one." });
    const edited = await staff(editor).save({ id: live.id, version: live.version, draft: draft({ title: "Rib fracture", slug: "rib-fracture", summary: "Version two." }) });
    const submitted = await staff(editor).submit({ id: live.id, version: edited.version });
    const approved = await staff(provider).approve({ id: live.id, version: submitted.version });
    expect((await patientSite().bySlug({ slug: "rib-fracture" })).summary).toBe("Version two.");

    const restored = await staff(editor).restore({ id: live.id, version: approved.version, number: 1 });
    expect(restored.revisionNumber).toBe(3);
    const record = await staff(editor).get({ id: live.id });
    expect(record.latest).toMatchObject({ number: 3, state: "draft", summary: "Version one.", restoredFromNumber: 1 });
    expect(record.status).toBe("published");
    expect((await patientSite().bySlug({ slug: "rib-fracture" })).summary).toBe("Version two.");

    const resubmitted = await staff(editor).submit({ id: live.id, version: restored.version });
    await staff(provider).approve({ id: live.id, version: resubmitted.version });
    expect((await patientSite().bySlug({ slug: "rib-fracture" })).summary).toBe("Version one.");
  });
});

describe("slug changes", () => {
  it("keeps the old address of a published article as a redirect to the new one", async () => {
    const live = await publishedArticle({ title: "Chest wall pain", slug: "chest-wall-pain" });
    const saved = await staff(editor).save({ id: live.id, version: live.version, draft: draft({ title: "Chest wall pain", slug: "chest-wall-pain-in-adults" }) });
    // Until approved, the old address is still the article's.
    expect(await patientSite().moved({ slug: "chest-wall-pain" })).toEqual({ slug: null });
    const submitted = await staff(editor).submit({ id: live.id, version: saved.version });
    const approved = await staff(provider).approve({ id: live.id, version: submitted.version });
    expect(approved.refresh).toEqual(expect.arrayContaining(["/health-library/chest-wall-pain", "/health-library/chest-wall-pain-in-adults"]));

    await expect(patientSite().bySlug({ slug: "chest-wall-pain" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await patientSite().moved({ slug: "chest-wall-pain" })).toEqual({ slug: "chest-wall-pain-in-adults" });
    expect((await patientSite().bySlug({ slug: "chest-wall-pain-in-adults" })).title).toBe("Chest wall pain");
  });

  it("refuses an address another article uses or used", async () => {
    await publishedArticle({ slug: "taken-address" });
    await expect(staff(editor).create({ draft: draft({ slug: "taken-address" }) })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Another article uses or used the address “taken-address”. Choose another.",
    });
    await expect(staff(editor).create({ draft: draft({ slug: "chest-wall-pain" }) })).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("reviews due", () => {
  it("lists published articles whose next review is overdue or within 30 days", async () => {
    const live = await publishedArticle({ title: "Overdue piece" });
    const { articles } = await import("@clinic/db/schema");
    await testDb.db.update(articles).set({ nextReviewOn: "2020-01-01" }).where(eq(articles.id, live.id));
    const due = await staff(provider).reviewsDue();
    expect(due.find((row) => row.id === live.id)).toMatchObject({ dueness: "overdue", nextReviewOn: "2020-01-01" });
    expect(due.every((row) => row.dueness === "overdue" || row.dueness === "due_soon")).toBe(true);
  });
});

describe("draft preview links", () => {
  it("show a revision through a signed link until it expires, and never without the server's secret", async () => {
    const created = await staff(editor).create({ draft: draft({ title: "Preview me" }) });
    const { latest } = await staff(editor).get({ id: created.id });
    const token = signPreview(TEST_PREVIEW_SECRET, latest.id, Date.now() + 60 * 60 * 1000);
    expect(await patientSite().preview({ token })).toMatchObject({ title: "Preview me", state: "draft", number: 1 });

    const expired = signPreview(TEST_PREVIEW_SECRET, latest.id, Date.now() - 1);
    await expect(patientSite().preview({ token: expired })).rejects.toMatchObject({ code: "NOT_FOUND", message: expect.stringMatching(/expired or is not valid/) });
    await expect(patientSite().preview({ token: signPreview("another-secret-of-enough-length-000", latest.id, Date.now() + 60_000) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Over HTTP no secret reaches the context: every link is refused.
    await expect(callerFor(testDb.db, null, { previewSecret: null }).patient.articles.preview({ token })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
