CREATE TYPE "public"."schedule_exception_status" AS ENUM('pending', 'approved', 'declined');--> statement-breakpoint
CREATE TABLE "kept_visits" (
	"appointment_id" uuid PRIMARY KEY NOT NULL,
	"kept_by_user_id" uuid,
	"kept_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "location_closures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"location_id" uuid NOT NULL,
	"date" date NOT NULL,
	"start_time" time,
	"end_time" time,
	"reason" text NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "location_closures_times" CHECK (("location_closures"."start_time" is null and "location_closures"."end_time" is null) or ("location_closures"."start_time" is not null and "location_closures"."end_time" is not null and "location_closures"."end_time" > "location_closures"."start_time")),
	CONSTRAINT "location_closures_reason_length" CHECK (char_length("location_closures"."reason") between 1 and 200)
);
--> statement-breakpoint
ALTER TABLE "provider_schedule_exceptions" ADD COLUMN "status" "schedule_exception_status" DEFAULT 'approved' NOT NULL;--> statement-breakpoint
ALTER TABLE "provider_schedule_exceptions" ADD COLUMN "decided_by_user_id" uuid;--> statement-breakpoint
ALTER TABLE "kept_visits" ADD CONSTRAINT "kept_visits_appointment_id_appointments_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."appointments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kept_visits" ADD CONSTRAINT "kept_visits_kept_by_user_id_users_id_fk" FOREIGN KEY ("kept_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "location_closures" ADD CONSTRAINT "location_closures_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "location_closures" ADD CONSTRAINT "location_closures_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "location_closures_location_date_idx" ON "location_closures" USING btree ("location_id","date");--> statement-breakpoint
ALTER TABLE "provider_schedule_exceptions" ADD CONSTRAINT "provider_schedule_exceptions_decided_by_user_id_users_id_fk" FOREIGN KEY ("decided_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;