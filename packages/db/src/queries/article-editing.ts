import type { ArticleDraft } from "@clinic/domain/content/article-draft";
import type { ArticleKind, ArticleStatus, RevisionState } from "@clinic/domain/content/article-kind";
import { and, asc, desc, eq, gt, ilike, inArray, isNotNull, lte, ne, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "../client";
import { articleRelated, articleRevisions, articles, articleServices, articleSlugRedirects, providers, users } from "../schema";

const latestRevisionNumber = sql<number>`(select max(${articleRevisions.number}) from ${articleRevisions} where ${articleRevisions.articleId} = ${articles.id})`;

export type EditorListFilter = { status?: ArticleStatus; kind?: ArticleKind; text?: string; reviewDue?: boolean };

/** Every article with its status, reviewer and review dates, for the editors' list (all statuses). */
export async function listArticlesForEditors(db: Executor, filter: EditorListFilter = {}, today?: string) {
  const latest = alias(articleRevisions, "latest");
  const conditions: (SQL | undefined)[] = [
    filter.status ? eq(articles.status, filter.status) : undefined,
    filter.kind ? eq(articles.kind, filter.kind) : undefined,
    filter.text ? or(ilike(articles.title, `%${escapeLike(filter.text)}%`), ilike(articles.slug, `%${escapeLike(filter.text)}%`), ilike(latest.title, `%${escapeLike(filter.text)}%`)) : undefined,
    filter.reviewDue && today ? and(eq(articles.status, "published"), lte(articles.nextReviewOn, sql`${today}::date + 30`)) : undefined,
  ];
  return db
    .select({
      id: articles.id,
      slug: articles.slug,
      title: latest.title,
      kind: articles.kind,
      status: articles.status,
      latestState: latest.state,
      latestNumber: latest.number,
      reviewerName: providers.name,
      reviewedOn: articles.reviewedOn,
      nextReviewOn: articles.nextReviewOn,
      updatedAt: latest.updatedAt,
    })
    .from(articles)
    .innerJoin(latest, and(eq(latest.articleId, articles.id), eq(latest.number, latestRevisionNumber)))
    .leftJoin(providers, eq(providers.id, articles.reviewerProviderId))
    .where(and(...conditions))
    .orderBy(asc(latest.title))
    .limit(500);
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** Published articles due for medical review on or before `until` (overdue ones included), soonest first. */
export async function listReviewsDue(db: Executor, until: string) {
  return db
    .select({ id: articles.id, slug: articles.slug, title: articles.title, kind: articles.kind, nextReviewOn: articles.nextReviewOn, reviewerName: providers.name })
    .from(articles)
    .leftJoin(providers, eq(providers.id, articles.reviewerProviderId))
    .where(and(eq(articles.status, "published"), isNotNull(articles.nextReviewOn), lte(articles.nextReviewOn, until)))
    .orderBy(asc(articles.nextReviewOn), asc(articles.title));
}

const revisionColumns = {
  id: articleRevisions.id,
  number: articleRevisions.number,
  slug: articleRevisions.slug,
  kind: articleRevisions.kind,
  title: articleRevisions.title,
  summary: articleRevisions.summary,
  bodyMarkdown: articleRevisions.bodyMarkdown,
  relatedServiceIds: articleRevisions.relatedServiceIds,
  relatedArticleIds: articleRevisions.relatedArticleIds,
  citations: articleRevisions.citations,
  state: articleRevisions.state,
  autosaved: articleRevisions.autosaved,
  restoredFromNumber: articleRevisions.restoredFromNumber,
  createdByUserId: articleRevisions.createdByUserId,
  createdAt: articleRevisions.createdAt,
  updatedAt: articleRevisions.updatedAt,
  submittedAt: articleRevisions.submittedAt,
  approvedAt: articleRevisions.approvedAt,
};

const author = alias(users, "author");
const submitter = alias(users, "submitter");
const approver = alias(users, "approver");

/** The revisions of an article, newest first, with who saved, submitted and approved each. */
export async function listRevisions(db: Executor, articleId: string) {
  return db
    .select({
      ...revisionColumns,
      authorName: author.name,
      submitterName: submitter.name,
      approverName: approver.name,
      reviewerName: providers.name,
      reviewerTitle: providers.title,
    })
    .from(articleRevisions)
    .leftJoin(author, eq(author.id, articleRevisions.createdByUserId))
    .leftJoin(submitter, eq(submitter.id, articleRevisions.submittedByUserId))
    .leftJoin(approver, eq(approver.id, articleRevisions.approvedByUserId))
    .leftJoin(providers, eq(providers.id, articleRevisions.reviewerProviderId))
    .where(eq(articleRevisions.articleId, articleId))
    .orderBy(desc(articleRevisions.number));
}

export type RevisionRow = Awaited<ReturnType<typeof listRevisions>>[number];

/** An article's record (what patients see when published) and its latest revision; null if no such article. */
export async function findArticleForEditing(db: Executor, articleId: string) {
  const [article] = await db
    .select({
      id: articles.id,
      slug: articles.slug,
      status: articles.status,
      version: articles.version,
      publishedAt: articles.publishedAt,
      archivedAt: articles.archivedAt,
      reviewedOn: articles.reviewedOn,
      nextReviewOn: articles.nextReviewOn,
      reviewerName: providers.name,
      reviewerTitle: providers.title,
    })
    .from(articles)
    .leftJoin(providers, eq(providers.id, articles.reviewerProviderId))
    .where(eq(articles.id, articleId))
    .limit(1);
  if (!article) return null;
  const revisions = await listRevisions(db, articleId);
  const latest = revisions[0];
  if (!latest) return null;
  return { ...article, latest, revisions };
}

/** Locks the article row for a review step and reads what the domain needs to decide it. */
export async function lockReviewSituation(tx: Executor, articleId: string) {
  const [article] = await tx
    .select({ id: articles.id, slug: articles.slug, status: articles.status, version: articles.version, publishedAt: articles.publishedAt })
    .from(articles)
    .where(eq(articles.id, articleId))
    .for("update");
  if (!article) return null;
  const [latest] = await tx.select(revisionColumns).from(articleRevisions).where(eq(articleRevisions.articleId, articleId)).orderBy(desc(articleRevisions.number)).limit(1);
  if (!latest) return null;
  const lastApproved = tx
    .select({ number: sql<number>`coalesce(max(${articleRevisions.number}), 0)` })
    .from(articleRevisions)
    .where(and(eq(articleRevisions.articleId, articleId), eq(articleRevisions.state, "approved"), ne(articleRevisions.id, latest.id)));
  const authors = await tx
    .selectDistinct({ userId: articleRevisions.createdByUserId })
    .from(articleRevisions)
    .where(and(eq(articleRevisions.articleId, articleId), gt(articleRevisions.number, sql`(${lastApproved})`), isNotNull(articleRevisions.createdByUserId)));
  return { article, latest, authorsSinceApproval: authors.map((row) => row.userId as string) };
}

/** Whether `slug` is the address, or a former address, of an article other than `articleId`. */
export async function slugBelongsToAnotherArticle(db: Executor, slug: string, articleId: string | null): Promise<boolean> {
  const notThis = (column: typeof articles.id | typeof articleSlugRedirects.articleId) => (articleId ? ne(column, articleId) : undefined);
  const [current] = await db.select({ id: articles.id }).from(articles).where(and(eq(articles.slug, slug), notThis(articles.id))).limit(1);
  if (current) return true;
  const [former] = await db.select({ id: articleSlugRedirects.articleId }).from(articleSlugRedirects).where(and(eq(articleSlugRedirects.slug, slug), notThis(articleSlugRedirects.articleId))).limit(1);
  return Boolean(former);
}

function revisionValues(draft: ArticleDraft) {
  return {
    slug: draft.slug,
    kind: draft.kind,
    title: draft.title,
    summary: draft.summary,
    bodyMarkdown: draft.bodyMarkdown,
    relatedServiceIds: draft.relatedServiceIds,
    relatedArticleIds: draft.relatedArticleIds,
    citations: draft.citations,
  };
}

/** A new article: a draft record (invisible to patients) and its revision 1. */
export async function insertArticleDraft(tx: Executor, draft: ArticleDraft, userId: string) {
  const [article] = await tx
    .insert(articles)
    .values({ slug: draft.slug, kind: draft.kind, title: draft.title, summary: draft.summary, bodyMarkdown: draft.bodyMarkdown, status: "draft", authorUserId: userId })
    .returning({ id: articles.id, version: articles.version });
  const [revision] = await tx
    .insert(articleRevisions)
    .values({ articleId: article!.id, number: 1, ...revisionValues(draft), createdByUserId: userId })
    .returning({ id: articleRevisions.id, number: articleRevisions.number });
  return { articleId: article!.id, version: article!.version, revision: revision! };
}

/**
 * Claims the article for a write: bumps its version only if it is still `expectedVersion`. Null when
 * someone else saved in between (the caller refuses; nothing is overwritten).
 */
export async function claimArticleVersion(tx: Executor, articleId: string, expectedVersion: number) {
  const [row] = await tx
    .update(articles)
    .set({ version: sql`${articles.version} + 1` })
    .where(and(eq(articles.id, articleId), eq(articles.version, expectedVersion)))
    .returning({ version: articles.version, status: articles.status });
  return row ?? null;
}

/** Who saved the latest revision and when: what a refused writer is told. */
export async function latestSaveOf(db: Executor, articleId: string) {
  const [row] = await db
    .select({ name: author.name, at: articleRevisions.updatedAt, number: articleRevisions.number })
    .from(articleRevisions)
    .leftJoin(author, eq(author.id, articleRevisions.createdByUserId))
    .where(eq(articleRevisions.articleId, articleId))
    .orderBy(desc(articleRevisions.number))
    .limit(1);
  return row ?? null;
}

/**
 * Records a save as a revision. An autosave followed by another save of the same person replaces that
 * autosaved revision (typing is not history); anything else is a new revision. A never-published
 * article's record follows its draft (its address is reserved); a live one keeps its published text.
 */
export async function recordRevision(
  tx: Executor,
  input: { articleId: string; status: ArticleStatus; draft: ArticleDraft; userId: string; autosave: boolean; restoredFromNumber?: number },
) {
  const [latest] = await tx
    .select({ id: articleRevisions.id, number: articleRevisions.number, state: articleRevisions.state, autosaved: articleRevisions.autosaved, createdByUserId: articleRevisions.createdByUserId })
    .from(articleRevisions)
    .where(eq(articleRevisions.articleId, input.articleId))
    .orderBy(desc(articleRevisions.number))
    .limit(1);
  // A new save withdraws text waiting for review: the reviewer must see what will be published.
  await tx
    .update(articleRevisions)
    .set({ state: "draft", submittedAt: null, submittedByUserId: null })
    .where(and(eq(articleRevisions.articleId, input.articleId), eq(articleRevisions.state, "in_review")));
  const values = { ...revisionValues(input.draft), state: "draft" as const, autosaved: input.autosave, restoredFromNumber: input.restoredFromNumber ?? null, submittedAt: null, submittedByUserId: null };
  let revision: { id: string; number: number };
  if (latest && latest.autosaved && latest.state === "draft" && latest.createdByUserId === input.userId && input.restoredFromNumber === undefined) {
    [revision] = (await tx.update(articleRevisions).set(values).where(eq(articleRevisions.id, latest.id)).returning({ id: articleRevisions.id, number: articleRevisions.number })) as [typeof revision];
  } else {
    [revision] = (await tx
      .insert(articleRevisions)
      .values({ articleId: input.articleId, number: (latest?.number ?? 0) + 1, ...values, createdByUserId: input.userId })
      .returning({ id: articleRevisions.id, number: articleRevisions.number })) as [typeof revision];
  }
  if (input.status === "draft" || input.status === "in_review") {
    const { slug, kind, title, summary, bodyMarkdown } = input.draft;
    await tx.update(articles).set({ slug, kind, title, summary, bodyMarkdown, status: "draft" }).where(eq(articles.id, input.articleId));
  }
  return revision;
}

/** One revision of one article (by number), or null. */
export async function findRevision(db: Executor, articleId: string, number: number) {
  const [row] = await db.select(revisionColumns).from(articleRevisions).where(and(eq(articleRevisions.articleId, articleId), eq(articleRevisions.number, number))).limit(1);
  return row ?? null;
}

export async function setRevisionState(
  tx: Executor,
  revisionId: string,
  state: RevisionState,
  by: { submittedByUserId?: string | null },
) {
  const submitted = state === "in_review" ? { submittedByUserId: by.submittedByUserId ?? null, submittedAt: new Date() } : { submittedByUserId: null, submittedAt: null };
  await tx.update(articleRevisions).set({ state, autosaved: false, ...submitted }).where(eq(articleRevisions.id, revisionId));
}

export async function setArticleStatus(tx: Executor, articleId: string, status: ArticleStatus) {
  await tx
    .update(articles)
    .set({ status, archivedAt: status === "archived" ? new Date() : null })
    .where(eq(articles.id, articleId));
}

/**
 * Approval publishes a revision: it becomes the article's text, related links and citations; the
 * reviewer's name and date come from here (never typed). A changed address keeps the old one as a
 * redirect; taking back a former address removes that redirect.
 */
export async function publishRevision(
  tx: Executor,
  input: { articleId: string; revisionId: string; previousSlug: string; wasPublished: boolean; approverUserId: string; reviewerProviderId: string | null; reviewedOn: string; nextReviewOn: string },
) {
  const [revision] = await tx
    .update(articleRevisions)
    .set({ state: "approved", autosaved: false, approvedByUserId: input.approverUserId, approvedAt: new Date(), reviewerProviderId: input.reviewerProviderId })
    .where(eq(articleRevisions.id, input.revisionId))
    .returning();
  if (!revision) throw new Error("revision vanished during approval");
  await tx
    .update(articles)
    .set({
      slug: revision.slug,
      kind: revision.kind,
      title: revision.title,
      summary: revision.summary,
      bodyMarkdown: revision.bodyMarkdown,
      citations: revision.citations,
      status: "published",
      publishedAt: sql`coalesce(${articles.publishedAt}, now())`,
      archivedAt: null,
      reviewerProviderId: input.reviewerProviderId,
      reviewedOn: input.reviewedOn,
      nextReviewOn: input.nextReviewOn,
    })
    .where(eq(articles.id, input.articleId));
  await tx.delete(articleSlugRedirects).where(eq(articleSlugRedirects.slug, revision.slug));
  if (input.wasPublished && input.previousSlug !== revision.slug) {
    await tx.insert(articleSlugRedirects).values({ slug: input.previousSlug, articleId: input.articleId }).onConflictDoNothing();
  }
  await tx.delete(articleServices).where(eq(articleServices.articleId, input.articleId));
  if (revision.relatedServiceIds.length > 0) {
    await tx.insert(articleServices).values(revision.relatedServiceIds.map((serviceId) => ({ articleId: input.articleId, serviceId })));
  }
  await tx.delete(articleRelated).where(eq(articleRelated.articleId, input.articleId));
  const related = revision.relatedArticleIds.filter((id) => id !== input.articleId);
  if (related.length > 0) {
    // Only links to articles that still exist; a deleted one is dropped, not an error.
    const existing = await tx.select({ id: articles.id }).from(articles).where(inArray(articles.id, related));
    if (existing.length > 0) await tx.insert(articleRelated).values(existing.map((row) => ({ articleId: input.articleId, relatedArticleId: row.id })));
  }
  return { slug: revision.slug, previousSlug: input.previousSlug };
}

/** The current address of a published article that used to live at `slug`, or null. */
export async function findSlugRedirect(db: Executor, slug: string): Promise<string | null> {
  const [row] = await db
    .select({ slug: articles.slug })
    .from(articleSlugRedirects)
    .innerJoin(articles, eq(articles.id, articleSlugRedirects.articleId))
    .where(and(eq(articleSlugRedirects.slug, slug), eq(articles.status, "published")))
    .limit(1);
  return row?.slug ?? null;
}

/** Articles an editor may link to (any status but archived), by title. */
export async function listLinkableArticles(db: Executor) {
  return db.select({ id: articles.id, title: articles.title, status: articles.status }).from(articles).where(ne(articles.status, "archived")).orderBy(asc(articles.title));
}

/** One revision as a draft preview shows it (any state; the signed link is the permission). */
export async function findRevisionForPreview(db: Executor, revisionId: string) {
  const [row] = await db
    .select({ ...revisionColumns, articleStatus: articles.status })
    .from(articleRevisions)
    .innerJoin(articles, eq(articles.id, articleRevisions.articleId))
    .where(eq(articleRevisions.id, revisionId))
    .limit(1);
  return row ?? null;
}
