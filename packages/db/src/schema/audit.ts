import { sql } from "drizzle-orm";
import { index, inet, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { id, timestamps } from "./columns";
import { userRole } from "./people";

/**
 * Append-only record of who read or changed what. Every read or write of patient data adds a
 * row naming the patient. A trigger (migration 0004) refuses UPDATE, DELETE and TRUNCATE; the ids are
 * kept without foreign keys, and triggers on users and patients refuse deleting anyone the trail names
 * (docs/decisions/0040, 0088).
 */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: id(),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid("actor_user_id"),
    actorRole: userRole("actor_role"),
    /** Dotted verb, e.g. "patient.viewed", "patient.contact_updated". */
    action: text("action").notNull(),
    patientId: uuid("patient_id"),
    requestId: text("request_id"),
    ip: inet("ip"),
    metadata: jsonb("metadata").$type<Record<string, unknown>>().notNull().default({}),
    ...timestamps,
  },
  (t) => [
    index("audit_events_patient_idx").on(t.patientId, t.occurredAt),
    index("audit_events_actor_idx").on(t.actorUserId, t.occurredAt),
    // Sign-up throttling counts one action from one address over the last hour.
    index("audit_events_action_ip_idx").on(t.action, t.ip, t.occurredAt),
    // Whether this actor listed this patient lately, so a refreshed list is not audited again (decision 0099).
    index("audit_events_listed_idx").on(t.patientId, t.actorUserId, t.occurredAt).where(sql`action = 'patient.listed'`),
  ],
);
