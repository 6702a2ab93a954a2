ALTER TABLE "media" ALTER COLUMN "bytes" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "providers" ADD COLUMN "photo_alt" text;--> statement-breakpoint
ALTER TABLE "providers" DROP COLUMN "photo_url";--> statement-breakpoint
ALTER TABLE "providers" ADD CONSTRAINT "providers_photo_has_alt" CHECK ("providers"."photo_media_id" is null or length(trim("providers"."photo_alt")) between 1 and 300);