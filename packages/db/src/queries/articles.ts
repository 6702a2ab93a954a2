import type { Executor } from "../client";
import { articleRelated, articles, articleServices, providers, services, users } from "../schema";
import type { ArticleKind } from "@clinic/domain/content/article-kind";
import { HIGHLIGHT_END, HIGHLIGHT_START } from "@clinic/domain/content/library-search";
import { and, asc, desc, eq, isNotNull, notInArray, sql, type SQL } from "drizzle-orm";
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
      citations: articles.citations,
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

  const relatedArticles = await db
    .select({ slug: articles.slug, title: articles.title, summary: articles.summary })
    .from(articleRelated)
    .innerJoin(articles, eq(articles.id, articleRelated.relatedArticleId))
    .where(and(eq(articleRelated.articleId, row.id), isPublished()))
    .orderBy(asc(articles.title));

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
    relatedArticles,
    citations: row.citations,
  };
}

/** Below this many full-text matches, titles that look like the query (typos) are added. */
const FEW_MATCHES = 3;
/** pg_trgm word_similarity a title must reach to count as a likely misspelling of the query. */
const TITLE_SIMILARITY = 0.35;
const HEADLINE_OPTIONS = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, MaxWords=28, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

const searchResultColumns = {
  slug: articles.slug,
  kind: articles.kind,
  title: articles.title,
  summary: articles.summary,
  reviewedOn: articles.reviewedOn,
};

/**
 * Published articles matching a patient's words: full-text search weighted title > summary > body
 * (the generated `search_vector`), ranked, with a highlighted snippet; when that finds little, titles
 * within typo distance (pg_trgm) follow, snippet = summary. Migration 0008 holds the indexes.
 */
export async function searchPublishedArticles(db: Executor, text: string, limit = 20) {
  const query = sql`websearch_to_tsquery('english', ${text})`;
  const matches = await db
    .select({
      ...searchResultColumns,
      snippet: sql<string>`ts_headline('english', ${articles.summary} || E'\n\n' || ${articles.bodyMarkdown}, ${query}, ${HEADLINE_OPTIONS})`,
    })
    .from(articles)
    .where(and(isPublished(), sql`${articles.searchVector} @@ ${query}`))
    .orderBy(desc(sql`ts_rank(${articles.searchVector}, ${query})`), asc(articles.title))
    .limit(limit);
  if (matches.length >= FEW_MATCHES || matches.length >= limit) return matches;

  const similarity = sql`word_similarity(${text}, ${articles.title})`;
  const lookAlikes = await db
    .select({ ...searchResultColumns, snippet: articles.summary })
    .from(articles)
    .where(
      and(
        isPublished(),
        sql`${similarity} >= ${TITLE_SIMILARITY}`,
        matches.length > 0 ? notInArray(articles.slug, matches.map((match) => match.slug)) : undefined,
      ),
    )
    .orderBy(desc(similarity), asc(articles.title))
    .limit(limit - matches.length);
  return [...matches, ...lookAlikes];
}
