import { ARTICLE_KINDS, ARTICLE_STATUSES, REVISION_STATES } from "@clinic/domain/content/article-kind";
import type { Citation } from "@clinic/domain/content/article-draft";
import { sql } from "drizzle-orm";
import { boolean, check, customType, date, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { providers, services } from "./clinic";
import { bytea, id, timestamps } from "./columns";
import { users } from "./people";

export const articleKind = pgEnum("article_kind", ARTICLE_KINDS);
export const articleStatus = pgEnum("article_status", ARTICLE_STATUSES);
export const revisionState = pgEnum("article_revision_state", REVISION_STATES);

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
    /** When the published text is due for its next medical review (set at approval, default 12 months). */
    nextReviewOn: date("next_review_on", { mode: "string" }),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    /** Sources of the published text. */
    citations: jsonb("citations").$type<Citation[]>().notNull().default([]),
    /** Optimistic concurrency: every save and review step bumps it; a form posting an older one is refused. */
    version: integer("version").notNull().default(1),
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

/** Articles an article points readers to next (published text). */
export const articleRelated = pgTable(
  "article_related",
  {
    articleId: uuid("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    relatedArticleId: uuid("related_article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    ...timestamps,
  },
  (t) => [primaryKey({ columns: [t.articleId, t.relatedArticleId] }), check("article_related_not_self", sql`${t.articleId} <> ${t.relatedArticleId}`)],
);

/**
 * Every save of an article's text. The latest revision is the one being written or reviewed; approving
 * it copies it to `articles` (what patients see). Rows are never deleted while the article exists.
 */
export const articleRevisions = pgTable(
  "article_revisions",
  {
    id: id(),
    articleId: uuid("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    /** 1, 2, 3 … per article. */
    number: integer("number").notNull(),
    slug: text("slug").notNull(),
    kind: articleKind("kind").notNull(),
    title: text("title").notNull(),
    summary: text("summary").notNull(),
    bodyMarkdown: text("body_markdown").notNull(),
    relatedServiceIds: uuid("related_service_ids").array().notNull().default(sql`'{}'::uuid[]`),
    relatedArticleIds: uuid("related_article_ids").array().notNull().default(sql`'{}'::uuid[]`),
    citations: jsonb("citations").$type<Citation[]>().notNull().default([]),
    state: revisionState("state").notNull().default("draft"),
    /** Saved by the editor's browser while typing; the next save by the same person replaces it. */
    autosaved: boolean("autosaved").notNull().default(false),
    /** When restored from an earlier revision, which one. */
    restoredFromNumber: integer("restored_from_number"),
    createdByUserId: uuid("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
    submittedByUserId: uuid("submitted_by_user_id").references(() => users.id, { onDelete: "set null" }),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    approvedByUserId: uuid("approved_by_user_id").references(() => users.id, { onDelete: "set null" }),
    approvedAt: timestamp("approved_at", { withTimezone: true }),
    /** The clinician named on the patient page ("Medically reviewed by …"), from the approver's provider profile. */
    reviewerProviderId: uuid("reviewer_provider_id").references(() => providers.id, { onDelete: "set null" }),
    ...timestamps,
  },
  (t) => [
    unique("article_revisions_article_number_key").on(t.articleId, t.number),
    // Nobody approves their own text: the database refuses it too (a trigger in migration 0011 checks earlier revisions and the role).
    check("article_revisions_not_self_approved", sql`${t.approvedByUserId} IS NULL OR ${t.approvedByUserId} IS DISTINCT FROM ${t.createdByUserId}`),
    check("article_revisions_approval_complete", sql`(${t.state} = 'approved') = (${t.approvedAt} IS NOT NULL)`),
  ],
);

/** Old addresses of published articles: the patient site answers them with a 308 to the current slug. */
export const articleSlugRedirects = pgTable(
  "article_slug_redirects",
  {
    slug: text("slug").primaryKey(),
    articleId: uuid("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    ...timestamps,
  },
  (t) => [index("article_slug_redirects_article_idx").on(t.articleId)],
);


/**
 * Library images, stored once per content hash (decision 0093). The bytes live here unless an
 * S3-compatible store is configured (decision 0095); `sha256` is the public key of the immutable media route.
 */
export const media = pgTable(
  "media",
  {
    id: id(),
    sha256: text("sha256").notNull().unique(),
    contentType: text("content_type").notNull(),
    byteSize: integer("byte_size").notNull(),
    width: integer("width").notNull(),
    height: integer("height").notNull(),
    /** The first uploader's description; each use in an article carries its own alt text too. */
    alt: text("alt").notNull(),
    /** Null: the bytes are in the object store under `media/<sha256>` (MEDIA_S3_*). */
    bytes: bytea("bytes"),
    uploadedBy: uuid("uploaded_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check("media_content_type_raster", sql`${table.contentType} in ('image/jpeg', 'image/png', 'image/webp')`),
    check("media_sha256_hex", sql`${table.sha256} ~ '^[0-9a-f]{64}$'`),
  ],
);
