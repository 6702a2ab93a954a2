-- Custom SQL: trigram indexes so staff patient search (substring, case-insensitive ILIKE on name and
-- email; digits-only substring on phone) uses an index instead of scanning every patient.
-- The phone expression must stay identical to the one in packages/api/src/queries/patients.ts.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "users_name_trgm_idx" ON "users" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "users_email_trgm_idx" ON "users" USING gin ("email" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "patients_phone_digits_trgm_idx" ON "patients" USING gin (regexp_replace(coalesce("phone", ''), '[^0-9]', '', 'g') gin_trgm_ops);
