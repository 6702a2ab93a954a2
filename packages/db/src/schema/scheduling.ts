import { SCHEDULE_EXCEPTION_KINDS, SCHEDULE_EXCEPTION_STATUSES } from "@clinic/domain/scheduling/weekly-schedule";
import { sql } from "drizzle-orm";
import { check, date, index, pgEnum, pgTable, smallint, text, time, timestamp, uuid } from "drizzle-orm/pg-core";
import { appointments } from "./appointments";
import { locations, providers } from "./clinic";
import { id, timestamps } from "./columns";
import { users } from "./people";

/**
 * A provider's regular weekly hours at one location, as wall-clock times in that location's zone
 * (so 09:00–17:00 stays 09:00–17:00 local across daylight-saving changes). Several rows per
 * weekday give split shifts. Rows apply from `effective_from` to `effective_to` (inclusive, local
 * dates; null = open-ended), so a new rota can be entered ahead of time.
 */
export const providerWeeklyHours = pgTable(
  "provider_weekly_hours",
  {
    id: id(),
    providerId: uuid("provider_id")
      .notNull()
      .references(() => providers.id, { onDelete: "cascade" }),
    locationId: uuid("location_id")
      .notNull()
      .references(() => locations.id, { onDelete: "cascade" }),
    /** ISO weekday: 1 = Monday … 7 = Sunday. */
    weekday: smallint("weekday").notNull(),
    startTime: time("start_time").notNull(),
    endTime: time("end_time").notNull(),
    effectiveFrom: date("effective_from"),
    effectiveTo: date("effective_to"),
    ...timestamps,
  },
  (t) => [
    check("provider_weekly_hours_weekday", sql`${t.weekday} between 1 and 7`),
    check("provider_weekly_hours_order", sql`${t.endTime} > ${t.startTime}`),
    check("provider_weekly_hours_effective_order", sql`${t.effectiveTo} is null or ${t.effectiveFrom} is null or ${t.effectiveTo} >= ${t.effectiveFrom}`),
    index("provider_weekly_hours_provider_idx").on(t.providerId, t.locationId),
  ],
);

export const scheduleExceptionKind = pgEnum("schedule_exception_kind", SCHEDULE_EXCEPTION_KINDS);
export const scheduleExceptionStatus = pgEnum("schedule_exception_status", SCHEDULE_EXCEPTION_STATUSES);

/**
 * One local date that differs from the weekly hours: time off (whole day when both times are
 * null, else part of the day) or extra hours. Time off with no location applies everywhere the
 * provider works; extra hours always name a location. Time off a provider requests is `pending` and
 * blocks nothing until an administrator approves it.
 */
export const providerScheduleExceptions = pgTable(
  "provider_schedule_exceptions",
  {
    id: id(),
    providerId: uuid("provider_id")
      .notNull()
      .references(() => providers.id, { onDelete: "cascade" }),
    locationId: uuid("location_id").references(() => locations.id, { onDelete: "cascade" }),
    date: date("date").notNull(),
    kind: scheduleExceptionKind("kind").notNull(),
    startTime: time("start_time"),
    endTime: time("end_time"),
    note: text("note"),
    status: scheduleExceptionStatus("status").notNull().default("approved"),
    createdByUserId: uuid("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
    decidedByUserId: uuid("decided_by_user_id").references(() => users.id, { onDelete: "set null" }),
    ...timestamps,
  },
  (t) => [
    check(
      "provider_schedule_exceptions_times",
      sql`(${t.startTime} is null and ${t.endTime} is null) or (${t.startTime} is not null and ${t.endTime} is not null and ${t.endTime} > ${t.startTime})`,
    ),
    check(
      "provider_schedule_exceptions_extra_hours",
      sql`${t.kind} <> 'extra_hours' or (${t.locationId} is not null and ${t.startTime} is not null)`,
    ),
    index("provider_schedule_exceptions_provider_date_idx").on(t.providerId, t.date),
  ],
);

/**
 * A location closed on one local date: the whole day when both times are null (a holiday), else
 * from start to end (wall clock in the location's zone). No provider works there then.
 */
export const locationClosures = pgTable(
  "location_closures",
  {
    id: id(),
    locationId: uuid("location_id")
      .notNull()
      .references(() => locations.id, { onDelete: "cascade" }),
    date: date("date").notNull(),
    startTime: time("start_time"),
    endTime: time("end_time"),
    reason: text("reason").notNull(),
    createdByUserId: uuid("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
    ...timestamps,
  },
  (t) => [
    check(
      "location_closures_times",
      sql`(${t.startTime} is null and ${t.endTime} is null) or (${t.startTime} is not null and ${t.endTime} is not null and ${t.endTime} > ${t.startTime})`,
    ),
    check("location_closures_reason_length", sql`char_length(${t.reason}) between 1 and 200`),
    index("location_closures_location_date_idx").on(t.locationId, t.date),
  ],
);

/**
 * A booked visit staff chose to keep when a schedule change left it outside working time: the
 * change's preview no longer lists it as stranded. One row per visit.
 */
export const keptVisits = pgTable("kept_visits", {
  appointmentId: uuid("appointment_id")
    .primaryKey()
    .references(() => appointments.id, { onDelete: "cascade" }),
  keptByUserId: uuid("kept_by_user_id").references(() => users.id, { onDelete: "set null" }),
  keptAt: timestamp("kept_at", { withTimezone: true }).notNull().defaultNow(),
  ...timestamps,
});
