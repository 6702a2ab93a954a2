import { SERVICE_CATEGORIES } from "@clinic/domain/clinic/service-category";
import { ARTICLE_KINDS, REVISION_STATES } from "@clinic/domain/content/article-kind";
import { librarySearchQuery } from "@clinic/domain/content/library-search";
import { articleSlug, citationSchema } from "@clinic/domain/content/article-draft";
import { z } from "zod";

export const articleListInput = z.object({ kind: z.enum(ARTICLE_KINDS).optional() }).optional();

export const articleBySlugInput = z.object({ slug: articleSlug });

/** Where an article that used to live at a slug lives now (null: it never moved, or it is not published). */
export const articleMovedDto = z.object({ slug: z.string().nullable() });

export const articleSummaryDto = z.object({
  slug: z.string(),
  kind: z.enum(ARTICLE_KINDS),
  title: z.string(),
  summary: z.string(),
  publishedAt: z.date(),
  /** YYYY-MM-DD of the last medical review. */
  reviewedOn: z.string().nullable(),
});
export type ArticleSummaryDto = z.infer<typeof articleSummaryDto>;

export const articleDto = z.object({
  slug: z.string(),
  kind: z.enum(ARTICLE_KINDS),
  title: z.string(),
  summary: z.string(),
  /** Unsanitized markdown: the site renders and sanitizes it. */
  bodyMarkdown: z.string(),
  publishedAt: z.date(),
  updatedAt: z.date(),
  author: z.object({ name: z.string() }).nullable(),
  reviewer: z.object({ name: z.string(), title: z.string(), slug: z.string() }).nullable(),
  reviewedOn: z.string().nullable(),
  relatedServices: z.array(
    z.object({
      id: z.uuid(),
      slug: z.string(),
      name: z.string(),
      category: z.enum(SERVICE_CATEGORIES),
      durationMinutes: z.number().int(),
    }),
  ),
  relatedArticles: z.array(z.object({ slug: z.string(), title: z.string(), summary: z.string() })),
  citations: z.array(citationSchema),
});
export type ArticleDto = z.infer<typeof articleDto>;

export const articleSearchInput = z.object({ q: librarySearchQuery });

export const articleSearchResultDto = z.object({
  slug: z.string(),
  kind: z.enum(ARTICLE_KINDS),
  title: z.string(),
  summary: z.string(),
  reviewedOn: z.string().nullable(),
  /** Text with matched words between HIGHLIGHT_START/HIGHLIGHT_END; split with snippetSegments, never as HTML. */
  snippet: z.string(),
});
export type ArticleSearchResultDto = z.infer<typeof articleSearchResultDto>;

/** A revision shown through a signed preview link: text only, no reviewer (it may not be reviewed yet). */
export const articlePreviewDto = z.object({
  number: z.number().int(),
  slug: z.string(),
  kind: z.enum(ARTICLE_KINDS),
  title: z.string(),
  summary: z.string(),
  bodyMarkdown: z.string(),
  citations: z.array(citationSchema),
  state: z.enum(REVISION_STATES),
});
