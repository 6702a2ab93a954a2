import { APPOINTMENT_STATUSES } from "@clinic/domain/appointments/appointment-status";
import { sql } from "drizzle-orm";
import { check, index, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { locations, providers, services } from "./clinic";
import { id, timestamps } from "./columns";
import { patients, users } from "./people";

export const appointmentStatus = pgEnum("appointment_status", APPOINTMENT_STATUSES);

/**
 * Overlap of active appointments of one provider is forbidden by the exclusion constraint
 * `appointments_no_provider_overlap` (half-open [starts_at, ends_at) ranges, btree_gist), which
 * drizzle cannot express: see the end of migrations/0000_*.sql.
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
    notes: text("notes"),
    createdByUserId: uuid("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    check("appointments_ends_after_starts", sql`${t.endsAt} > ${t.startsAt}`),
    index("appointments_patient_idx").on(t.patientId, t.startsAt),
    index("appointments_location_day_idx").on(t.locationId, t.startsAt),
  ],
);
