ALTER TABLE "audit_events" DROP CONSTRAINT "audit_events_actor_user_id_users_id_fk";
--> statement-breakpoint
ALTER TABLE "audit_events" DROP CONSTRAINT "audit_events_patient_id_patients_id_fk";
--> statement-breakpoint
-- Custom SQL: a foreign key makes every audit row lock its patient's and actor's rows (FOR KEY SHARE),
-- so each audited read wrote to hundreds of patient rows; the rare delete checks instead (decision 0088).
CREATE FUNCTION "refuse_deleting_the_audited"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (TG_TABLE_NAME = 'patients' AND EXISTS (SELECT 1 FROM "audit_events" WHERE "patient_id" = OLD."id"))
    OR (TG_TABLE_NAME = 'users' AND EXISTS (SELECT 1 FROM "audit_events" WHERE "actor_user_id" = OLD."id")) THEN
    RAISE EXCEPTION '% % is named in the audit trail and cannot be deleted; disable it instead', TG_TABLE_NAME, OLD."id"
      USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN OLD;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "patients_audited_never_deleted" BEFORE DELETE ON "patients"
  FOR EACH ROW EXECUTE FUNCTION "refuse_deleting_the_audited"();--> statement-breakpoint
CREATE TRIGGER "users_audited_never_deleted" BEFORE DELETE ON "users"
  FOR EACH ROW EXECUTE FUNCTION "refuse_deleting_the_audited"();
