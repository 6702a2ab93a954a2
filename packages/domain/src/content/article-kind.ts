/** Health library entries: conditions and treatments are medically reviewed; pages are clinic information. */
export const ARTICLE_KINDS = ["condition", "treatment", "service", "page"] as const;
export type ArticleKind = (typeof ARTICLE_KINDS)[number];

/**
 * Where an article is in its life (issue #11): a draft nobody has approved yet, in medical review,
 * published (patients see it), archived (withdrawn: gone from the site, kept for the record).
 */
export const ARTICLE_STATUSES = ["draft", "in_review", "published", "archived"] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

/** A saved version of an article's text: being written, waiting for a reviewer, or approved (published). */
export const REVISION_STATES = ["draft", "in_review", "approved"] as const;
export type RevisionState = (typeof REVISION_STATES)[number];
