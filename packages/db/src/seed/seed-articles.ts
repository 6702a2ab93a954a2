import { and, eq, notInArray, sql } from "drizzle-orm";
import { type Executor } from "../client";
import { addMonths, DEFAULT_REVIEW_INTERVAL_MONTHS } from "@clinic/domain/content/review-workflow";
import { articleRevisions, articles, articleServices } from "../schema";
import { DEMO_ARTICLES } from "./content";
import { type Catalogue, requireId } from "./seed-catalogue";

/**
 * Health-library articles, upserted by slug and published. The publication instant is derived
 * from the review date so that re-seeding never moves an article in "newest first" lists.
 */
export async function seedArticles(tx: Executor, catalogue: Catalogue, authorUserId: string): Promise<void> {
  for (const article of DEMO_ARTICLES) {
    const { slug, reviewerProviderSlug, relatedServiceSlugs, ...text } = article;
    const fields = {
      ...text,
      status: "published" as const,
      publishedAt: new Date(`${article.reviewedOn}T15:00:00Z`),
      authorUserId,
      reviewerProviderId: requireId(catalogue.providerIds, reviewerProviderSlug, `reviewer of article ${slug}`),
      nextReviewOn: addMonths(article.reviewedOn, DEFAULT_REVIEW_INTERVAL_MONTHS),
    };
    // "Last updated" means the text changed: a new row was last changed when it was reviewed (not on the
    // day it was seeded), and only a real change of the text touches an existing row.
    const [changed] = await tx
      .insert(articles)
      .values({ slug, ...fields, createdAt: fields.publishedAt, updatedAt: fields.publishedAt })
      .onConflictDoUpdate({
        target: articles.slug,
        set: { ...fields, updatedAt: sql`now()` },
        setWhere: sql`(${articles.kind}, ${articles.title}, ${articles.summary}, ${articles.bodyMarkdown}, ${articles.status}, ${articles.reviewedOn}, ${articles.reviewerProviderId}, ${articles.authorUserId})
          is distinct from (excluded.kind, excluded.title, excluded.summary, excluded.body_markdown, excluded.status, excluded.reviewed_on, excluded.reviewer_provider_id, excluded.author_user_id)`,
      })
      .returning({ id: articles.id });
    const [existing] = changed ? [changed] : await tx.select({ id: articles.id }).from(articles).where(eq(articles.slug, slug));
    const articleId = existing!.id;

    const serviceIds = relatedServiceSlugs.map((serviceSlug) =>
      requireId(catalogue.serviceIds, serviceSlug, `related service of article ${slug}`),
    );
    if (serviceIds.length > 0) {
      await tx
        .insert(articleServices)
        .values(serviceIds.map((serviceId) => ({ articleId, serviceId })))
        .onConflictDoNothing();
    }
    const stale = eq(articleServices.articleId, articleId);
    await tx.delete(articleServices).where(serviceIds.length > 0 ? and(stale, notInArray(articleServices.serviceId, serviceIds)) : stale);

    // The editor's history starts with the seeded text as revision 1, approved (a re-seed keeps what editors did since).
    await tx
      .insert(articleRevisions)
      .values({
        articleId,
        number: 1,
        slug,
        kind: text.kind,
        title: text.title,
        summary: text.summary,
        bodyMarkdown: text.bodyMarkdown,
        relatedServiceIds: serviceIds,
        state: "approved",
        createdByUserId: authorUserId,
        approvedAt: fields.publishedAt,
        reviewerProviderId: fields.reviewerProviderId,
        createdAt: fields.publishedAt,
        updatedAt: fields.publishedAt,
      })
      .onConflictDoNothing();
  }
}
