CREATE TYPE "public"."article_revision_state" AS ENUM('draft', 'in_review', 'approved');--> statement-breakpoint
ALTER TYPE "public"."article_status" ADD VALUE 'in_review' BEFORE 'published';--> statement-breakpoint
ALTER TYPE "public"."article_status" ADD VALUE 'archived';--> statement-breakpoint
CREATE TABLE "article_related" (
	"article_id" uuid NOT NULL,
	"related_article_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "article_related_article_id_related_article_id_pk" PRIMARY KEY("article_id","related_article_id"),
	CONSTRAINT "article_related_not_self" CHECK ("article_related"."article_id" <> "article_related"."related_article_id")
);
--> statement-breakpoint
CREATE TABLE "article_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"article_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"slug" text NOT NULL,
	"kind" "article_kind" NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"body_markdown" text NOT NULL,
	"related_service_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"related_article_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"citations" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"state" "article_revision_state" DEFAULT 'draft' NOT NULL,
	"autosaved" boolean DEFAULT false NOT NULL,
	"restored_from_number" integer,
	"created_by_user_id" uuid,
	"submitted_by_user_id" uuid,
	"submitted_at" timestamp with time zone,
	"approved_by_user_id" uuid,
	"approved_at" timestamp with time zone,
	"reviewer_provider_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "article_revisions_article_number_key" UNIQUE("article_id","number"),
	CONSTRAINT "article_revisions_not_self_approved" CHECK ("article_revisions"."approved_by_user_id" IS NULL OR "article_revisions"."approved_by_user_id" IS DISTINCT FROM "article_revisions"."created_by_user_id"),
	CONSTRAINT "article_revisions_approval_complete" CHECK (("article_revisions"."state" = 'approved') = ("article_revisions"."approved_at" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "article_slug_redirects" (
	"slug" text PRIMARY KEY NOT NULL,
	"article_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "next_review_on" date;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "archived_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "citations" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "article_related" ADD CONSTRAINT "article_related_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_related" ADD CONSTRAINT "article_related_related_article_id_articles_id_fk" FOREIGN KEY ("related_article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_revisions" ADD CONSTRAINT "article_revisions_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_revisions" ADD CONSTRAINT "article_revisions_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_revisions" ADD CONSTRAINT "article_revisions_submitted_by_user_id_users_id_fk" FOREIGN KEY ("submitted_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_revisions" ADD CONSTRAINT "article_revisions_approved_by_user_id_users_id_fk" FOREIGN KEY ("approved_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_revisions" ADD CONSTRAINT "article_revisions_reviewer_provider_id_providers_id_fk" FOREIGN KEY ("reviewer_provider_id") REFERENCES "public"."providers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_slug_redirects" ADD CONSTRAINT "article_slug_redirects_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "article_slug_redirects_article_idx" ON "article_slug_redirects" USING btree ("article_id");--> statement-breakpoint
-- Medical review (docs/decisions/0076): only a provider or an administrator approves, and never text they wrote
-- since the article's last approval. The domain refuses first; this keeps any other writer honest.
CREATE FUNCTION article_revision_approval_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  approver_role user_role;
  last_approved integer;
BEGIN
  IF NEW.approved_by_user_id IS NULL OR NEW.approved_by_user_id IS NOT DISTINCT FROM OLD.approved_by_user_id THEN
    RETURN NEW;
  END IF;
  SELECT role INTO approver_role FROM users WHERE id = NEW.approved_by_user_id;
  IF approver_role IS NULL OR approver_role NOT IN ('provider', 'admin') THEN
    RAISE EXCEPTION 'only a provider or an administrator may approve an article revision' USING ERRCODE = 'check_violation';
  END IF;
  SELECT coalesce(max(number), 0) INTO last_approved FROM article_revisions
    WHERE article_id = NEW.article_id AND state = 'approved' AND id <> NEW.id;
  IF EXISTS (
    SELECT 1 FROM article_revisions
    WHERE article_id = NEW.article_id AND number > last_approved AND number <= NEW.number
      AND created_by_user_id = NEW.approved_by_user_id
  ) THEN
    RAISE EXCEPTION 'nobody approves an article revision they wrote' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER article_revisions_approval_guard BEFORE INSERT OR UPDATE OF approved_by_user_id ON article_revisions
  FOR EACH ROW EXECUTE FUNCTION article_revision_approval_guard();--> statement-breakpoint
-- Existing articles start their history with one approved revision holding the text patients see.
INSERT INTO article_revisions (article_id, number, slug, kind, title, summary, body_markdown, related_service_ids, state, created_by_user_id, approved_at, reviewer_provider_id, created_at, updated_at)
SELECT a.id, 1, a.slug, a.kind, a.title, a.summary, a.body_markdown,
  coalesce((SELECT array_agg(s.service_id ORDER BY s.service_id) FROM article_services s WHERE s.article_id = a.id), '{}'::uuid[]),
  CASE WHEN a.status = 'published' THEN 'approved'::article_revision_state ELSE 'draft'::article_revision_state END,
  a.author_user_id,
  CASE WHEN a.status = 'published' THEN coalesce(a.published_at, a.updated_at) END,
  a.reviewer_provider_id, a.created_at, a.updated_at
FROM articles a;--> statement-breakpoint
UPDATE articles SET next_review_on = (reviewed_on + interval '12 months')::date WHERE reviewed_on IS NOT NULL;
