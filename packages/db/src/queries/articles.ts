import type { Executor } from "../client";
import { articles, articleServices, providers, services, users } from "../schema";
import type { ArticleKind } from "@clinic/domain/content/article-kind";
import { and, asc, eq, isNotNull, type SQL } from "drizzle-orm";
import { serviceSummaryColumns } from "./clinic";

/** Only published articles with a publication date reach patients; drafts stay invisible. */
function isPublished(): SQL {
  return and(eq(articles.status, "published"), isNotNull(articles.publishedAt)) as SQL;
}

export async function listPublishedArticles(db: Executor, kind?: ArticleKind) {
  const rows = await db
    .select({
      slug: articles.slug,
      kind: articles.kind,
      title: articles.title,
      summary: articles.summary,
      publishedAt: articles.publishedAt,
      reviewedOn: articles.reviewedOn,
    })
    .from(articles)
    .where(and(isPublished(), kind ? eq(articles.kind, kind) : undefined))
    .orderBy(asc(articles.title));
  return rows.map((row) => ({ ...row, publishedAt: row.publishedAt as Date }));
}

/** A published article with its author, medical reviewer and related active services; null if none. */
export async function findPublishedArticle(db: Executor, slug: string) {
  const [row] = await db
    .select({
      id: articles.id,
      slug: articles.slug,
      kind: articles.kind,
      title: articles.title,
      summary: articles.summary,
      bodyMarkdown: articles.bodyMarkdown,
      publishedAt: articles.publishedAt,
      updatedAt: articles.updatedAt,
      reviewedOn: articles.reviewedOn,
      authorName: users.name,
      reviewerName: providers.name,
      reviewerTitle: providers.title,
      reviewerSlug: providers.slug,
    })
    .from(articles)
    .leftJoin(users, eq(users.id, articles.authorUserId))
    .leftJoin(providers, eq(providers.id, articles.reviewerProviderId))
    .where(and(eq(articles.slug, slug), isPublished()))
    .limit(1);
  if (!row) return null;

  const relatedServices = await db
    .select(serviceSummaryColumns)
    .from(articleServices)
    .innerJoin(services, eq(services.id, articleServices.serviceId))
    .where(and(eq(articleServices.articleId, row.id), eq(services.active, true), eq(services.onlineBookable, true)))
    .orderBy(asc(services.name));

  return {
    slug: row.slug,
    kind: row.kind,
    title: row.title,
    summary: row.summary,
    bodyMarkdown: row.bodyMarkdown,
    publishedAt: row.publishedAt as Date,
    updatedAt: row.updatedAt,
    author: row.authorName === null ? null : { name: row.authorName },
    reviewer:
      row.reviewerName === null || row.reviewerTitle === null || row.reviewerSlug === null
        ? null
        : { name: row.reviewerName, title: row.reviewerTitle, slug: row.reviewerSlug },
    reviewedOn: row.reviewedOn,
    relatedServices,
  };
}
