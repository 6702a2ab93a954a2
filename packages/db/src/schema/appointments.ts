import { APPOINTMENT_STATUSES } from "@clinic/domain/appointments/appointment-status";
import { sql } from "drizzle-orm";
import { check, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { locations, providers, services } from "./clinic";
import { id, timestamps } from "./columns";
import { patients, users } from "./people";

export const appointmentStatus = pgEnum("appointment_status", APPOINTMENT_STATUSES);

/**
 * Double booking is forbidden by the database, with exclusion constraints drizzle cannot express
 * (btree_gist, half-open `[)` ranges; see migrations/0003_*.sql):
 * - `appointments_no_provider_overlap`: a provider's active appointments, each widened by its
 *   buffers (`appointment_blocked_range(...)`), never overlap;
 * - `appointments_no_patient_overlap`: a patient never holds two overlapping active appointments.
 * Cancelled and no-show rows block nothing.
 */
export const appointments = pgTable(
  "appointments",
  {
    id: id(),
    patientId: uuid("patient_id")
      .notNull()
      .references(() => patients.id, { onDelete: "restrict" }),
    providerId: uuid("provider_id")
      .notNull()
      .references(() => providers.id, { onDelete: "restrict" }),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => services.id, { onDelete: "restrict" }),
    locationId: uuid("location_id")
      .notNull()
      .references(() => locations.id, { onDelete: "restrict" }),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    status: appointmentStatus("status").notNull().default("booked"),
    /** Staff notes. */
    notes: text("notes"),
    /** The patient's own words on why they are coming, optional. */
    reason: text("reason"),
    /**
     * Provider time held around the visit, copied from the service when booked so a later policy
     * change does not move existing bookings.
     */
    bufferBeforeMinutes: integer("buffer_before_minutes").notNull().default(0),
    bufferAfterMinutes: integer("buffer_after_minutes").notNull().default(0),
    /** Chosen by the client per booking attempt: the same key twice returns the same appointment. */
    idempotencyKey: text("idempotency_key"),
    cancellationReason: text("cancellation_reason"),
    cancelledByUserId: uuid("cancelled_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdByUserId: uuid("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    /** The rules staff waived for this booking or its last change (staff-booking.ts RULE_OVERRIDES); empty online. */
    ruleOverrides: text("rule_overrides").array().notNull().default(sql`'{}'::text[]`),
    checkedInAt: timestamp("checked_in_at", { withTimezone: true }),
    completedAt: timestamp("completed_at", { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    check("appointments_ends_after_starts", sql`${t.endsAt} > ${t.startsAt}`),
    index("appointments_patient_idx").on(t.patientId, t.startsAt),
    index("appointments_location_day_idx").on(t.locationId, t.startsAt),
    index("appointments_provider_starts_idx").on(t.providerId, t.startsAt),
    uniqueIndex("appointments_patient_idempotency_key").on(t.patientId, t.idempotencyKey),
    check("appointments_buffers_range", sql`${t.bufferBeforeMinutes} between 0 and 240 and ${t.bufferAfterMinutes} between 0 and 240`),
  ],
);
