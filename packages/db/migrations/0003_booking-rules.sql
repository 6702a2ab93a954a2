CREATE TYPE "public"."schedule_exception_kind" AS ENUM('time_off', 'extra_hours');--> statement-breakpoint
CREATE TABLE "provider_schedule_exceptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"provider_id" uuid NOT NULL,
	"location_id" uuid,
	"date" date NOT NULL,
	"kind" "schedule_exception_kind" NOT NULL,
	"start_time" time,
	"end_time" time,
	"note" text,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "provider_schedule_exceptions_times" CHECK (("provider_schedule_exceptions"."start_time" is null and "provider_schedule_exceptions"."end_time" is null) or ("provider_schedule_exceptions"."start_time" is not null and "provider_schedule_exceptions"."end_time" is not null and "provider_schedule_exceptions"."end_time" > "provider_schedule_exceptions"."start_time")),
	CONSTRAINT "provider_schedule_exceptions_extra_hours" CHECK ("provider_schedule_exceptions"."kind" <> 'extra_hours' or ("provider_schedule_exceptions"."location_id" is not null and "provider_schedule_exceptions"."start_time" is not null))
);
--> statement-breakpoint
CREATE TABLE "provider_weekly_hours" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"provider_id" uuid NOT NULL,
	"location_id" uuid NOT NULL,
	"weekday" smallint NOT NULL,
	"start_time" time NOT NULL,
	"end_time" time NOT NULL,
	"effective_from" date,
	"effective_to" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "provider_weekly_hours_weekday" CHECK ("provider_weekly_hours"."weekday" between 1 and 7),
	CONSTRAINT "provider_weekly_hours_order" CHECK ("provider_weekly_hours"."end_time" > "provider_weekly_hours"."start_time"),
	CONSTRAINT "provider_weekly_hours_effective_order" CHECK ("provider_weekly_hours"."effective_to" is null or "provider_weekly_hours"."effective_from" is null or "provider_weekly_hours"."effective_to" >= "provider_weekly_hours"."effective_from")
);
--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "buffer_before_minutes" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "buffer_after_minutes" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "min_notice_minutes" integer DEFAULT 720 NOT NULL;--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "booking_horizon_days" integer DEFAULT 60 NOT NULL;--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "slot_interval_minutes" integer DEFAULT 15 NOT NULL;--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "change_cutoff_minutes" integer DEFAULT 1440 NOT NULL;--> statement-breakpoint
ALTER TABLE "appointments" ADD COLUMN "reason" text;--> statement-breakpoint
ALTER TABLE "appointments" ADD COLUMN "buffer_before_minutes" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "appointments" ADD COLUMN "buffer_after_minutes" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "appointments" ADD COLUMN "idempotency_key" text;--> statement-breakpoint
ALTER TABLE "appointments" ADD COLUMN "cancellation_reason" text;--> statement-breakpoint
ALTER TABLE "appointments" ADD COLUMN "cancelled_by_user_id" uuid;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD COLUMN "dedupe_key" text;--> statement-breakpoint
ALTER TABLE "provider_schedule_exceptions" ADD CONSTRAINT "provider_schedule_exceptions_provider_id_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."providers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provider_schedule_exceptions" ADD CONSTRAINT "provider_schedule_exceptions_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provider_schedule_exceptions" ADD CONSTRAINT "provider_schedule_exceptions_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provider_weekly_hours" ADD CONSTRAINT "provider_weekly_hours_provider_id_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."providers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provider_weekly_hours" ADD CONSTRAINT "provider_weekly_hours_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "provider_schedule_exceptions_provider_date_idx" ON "provider_schedule_exceptions" USING btree ("provider_id","date");--> statement-breakpoint
CREATE INDEX "provider_weekly_hours_provider_idx" ON "provider_weekly_hours" USING btree ("provider_id","location_id");--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_cancelled_by_user_id_users_id_fk" FOREIGN KEY ("cancelled_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "appointments_provider_starts_idx" ON "appointments" USING btree ("provider_id","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "appointments_patient_idempotency_key" ON "appointments" USING btree ("patient_id","idempotency_key");--> statement-breakpoint
ALTER TABLE "email_outbox" ADD CONSTRAINT "email_outbox_dedupe_key_unique" UNIQUE("dedupe_key");--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_buffers_range" CHECK ("services"."buffer_before_minutes" between 0 and 240 and "services"."buffer_after_minutes" between 0 and 240);--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_min_notice_range" CHECK ("services"."min_notice_minutes" between 0 and 43200);--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_booking_horizon_range" CHECK ("services"."booking_horizon_days" between 1 and 366);--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_slot_interval_range" CHECK ("services"."slot_interval_minutes" between 5 and 240);--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_change_cutoff_range" CHECK ("services"."change_cutoff_minutes" between 0 and 43200);--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_buffers_range" CHECK ("appointments"."buffer_before_minutes" between 0 and 240 and "appointments"."buffer_after_minutes" between 0 and 240);--> statement-breakpoint
-- Custom SQL (drizzle cannot express functions or exclusion constraints).
-- The time a provider is held for a visit: [starts - buffer before, ends + buffer after).
-- timestamptz ± interval is only STABLE in general, because day and month units depend on the
-- session's time zone; an interval of minutes alone is an exact number of microseconds, so the
-- result never changes and IMMUTABLE holds, which an exclusion constraint's expression requires.
CREATE OR REPLACE FUNCTION appointment_blocked_range(starts timestamptz, ends timestamptz, before_minutes integer, after_minutes integer)
RETURNS tstzrange LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  select tstzrange(starts - make_interval(mins => before_minutes), ends + make_interval(mins => after_minutes), '[)')
$$;--> statement-breakpoint
-- A provider's active appointments, each widened by its buffers, never overlap; half-open ranges
-- let a buffer end exactly where the next one begins. Statuses match ACTIVE_APPOINTMENT_STATUSES
-- in @clinic/domain; cancelled and no-show rows block nothing. Violations raise SQLSTATE 23P01.
ALTER TABLE "appointments" DROP CONSTRAINT "appointments_no_provider_overlap";--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_no_provider_overlap" EXCLUDE USING gist (
  "provider_id" WITH =,
  appointment_blocked_range("starts_at", "ends_at", "buffer_before_minutes", "buffer_after_minutes") WITH &&
) WHERE ("status" IN ('booked', 'checked_in', 'completed'));--> statement-breakpoint
-- A patient cannot be in two places at once: no two overlapping active appointments, whoever the
-- providers are. Buffers are the provider's time, not the patient's, so the bare visit is compared.
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_no_patient_overlap" EXCLUDE USING gist (
  "patient_id" WITH =,
  tstzrange("starts_at", "ends_at", '[)') WITH &&
) WHERE ("status" IN ('booked', 'checked_in', 'completed'));
