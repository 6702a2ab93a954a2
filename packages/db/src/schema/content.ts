import { ARTICLE_KINDS, ARTICLE_STATUSES } from "@clinic/domain/content/article-kind";
import { sql } from "drizzle-orm";
import { customType, date, index, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { providers, services } from "./clinic";
import { id, timestamps } from "./columns";
import { users } from "./people";

export const articleKind = pgEnum("article_kind", ARTICLE_KINDS);
export const articleStatus = pgEnum("article_status", ARTICLE_STATUSES);

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

export const articles = pgTable(
  "articles",
  {
    id: id(),
    slug: text("slug").notNull().unique(),
    kind: articleKind("kind").notNull(),
    title: text("title").notNull(),
    summary: text("summary").notNull(),
    /** Markdown; rendered and sanitized by the patient site. */
    bodyMarkdown: text("body_markdown").notNull(),
    status: articleStatus("status").notNull().default("draft"),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    authorUserId: uuid("author_user_id").references(() => users.id, { onDelete: "set null" }),
    /** The clinician who medically reviewed the text, and when. */
    reviewerProviderId: uuid("reviewer_provider_id").references(() => providers.id, { onDelete: "set null" }),
    reviewedOn: date("reviewed_on", { mode: "string" }),
    /** Library search: title weighs most, then summary, then body (see queries/article-search.ts). */
    searchVector: tsvector("search_vector").generatedAlwaysAs(
      sql`setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', coalesce(summary, '')), 'B') || setweight(to_tsvector('english', coalesce(body_markdown, '')), 'C')`,
    ),
    ...timestamps,
  },
  (t) => [
    index("articles_kind_status_idx").on(t.kind, t.status),
    index("articles_search_vector_idx").using("gin", t.searchVector),
    // Typo tolerance: similarity() on titles when full-text search finds little (pg_trgm, migration 0001).
    index("articles_title_trgm_idx").using("gin", t.title.op("gin_trgm_ops")),
  ],
);

/** Services an article points patients to ("related services"). */
export const articleServices = pgTable(
  "article_services",
  {
    articleId: uuid("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => services.id, { onDelete: "cascade" }),
    ...timestamps,
  },
  (t) => [primaryKey({ columns: [t.articleId, t.serviceId] })],
);
