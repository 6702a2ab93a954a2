/** Health library entries: conditions and treatments are medically reviewed; pages are clinic information. */
export const ARTICLE_KINDS = ["condition", "treatment", "service", "page"] as const;
export type ArticleKind = (typeof ARTICLE_KINDS)[number];

export const ARTICLE_STATUSES = ["draft", "published"] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];
