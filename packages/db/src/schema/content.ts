import { ARTICLE_KINDS, ARTICLE_STATUSES } from "@clinic/domain/content/article-kind";
import { date, index, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { providers, services } from "./clinic";
import { id, timestamps } from "./columns";
import { users } from "./people";

export const articleKind = pgEnum("article_kind", ARTICLE_KINDS);
export const articleStatus = pgEnum("article_status", ARTICLE_STATUSES);

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
    ...timestamps,
  },
  (t) => [index("articles_kind_status_idx").on(t.kind, t.status)],
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
