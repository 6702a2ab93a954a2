import { SERVICE_CATEGORIES } from "@clinic/domain/clinic/service-category";
import { boolean, check, integer, jsonb, pgEnum, pgTable, primaryKey, text, uuid, type AnyPgColumn } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { id, timestamps } from "./columns";
import { media } from "./content";
import { users } from "./people";

export const serviceCategory = pgEnum("service_category", SERVICE_CATEGORIES);

/** Opening hours in the location's own wall-clock time; weekday 1 = Monday … 7 = Sunday (ISO). */
export type OpeningHours = { weekday: number; opens: string; closes: string }[];

export const locations = pgTable("locations", {
  id: id(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  addressLine1: text("address_line1").notNull(),
  addressLine2: text("address_line2"),
  city: text("city").notNull(),
  region: text("region").notNull(),
  postalCode: text("postal_code").notNull(),
  phone: text("phone").notNull(),
  /** IANA zone, e.g. America/Chicago: schedules are wall-clock times in this zone. */
  timeZone: text("time_zone").notNull(),
  openingHours: jsonb("opening_hours").$type<OpeningHours>().notNull().default([]),
  ...timestamps,
});

export const providers = pgTable("providers", {
  id: id(),
  slug: text("slug").notNull().unique(),
  /** The provider's staff log-in, when they have one. */
  userId: uuid("user_id").unique().references(() => users.id, { onDelete: "set null" }),
  name: text("name").notNull(),
  /** Credentials and title as shown to patients, e.g. "MD, Interventional Pain Medicine". */
  title: text("title").notNull(),
  bio: text("bio").notNull(),
  /** The provider's portrait (media); the only photo source, so every photo passes the upload checks and CSP img-src 'self'. */
  photoMediaId: uuid("photo_media_id").references((): AnyPgColumn => media.id, { onDelete: "set null" }),
  /** The photo's alt text here, not on the shared media row: one image stored once per hash may serve two uses. */
  photoAlt: text("photo_alt"),
  disciplines: serviceCategory("disciplines").array().notNull(),
  active: boolean("active").notNull().default(true),
  ...timestamps,
}, (t) => [
  // A shown photo always has its description; after its media row is deleted the stale alt is harmless.
  check("providers_photo_has_alt", sql`${t.photoMediaId} is null or length(trim(${t.photoAlt})) between 1 and 300`),
]);

export const services = pgTable(
  "services",
  {
    id: id(),
    slug: text("slug").notNull().unique(),
    name: text("name").notNull(),
    category: serviceCategory("category").notNull(),
    durationMinutes: integer("duration_minutes").notNull(),
    description: text("description").notNull(),
    active: boolean("active").notNull().default(true),
    /** Patients may book it online; when false only staff book it (e.g. a visit needing a referral). */
    onlineBookable: boolean("online_bookable").notNull().default(true),
    // Booking policy (see BookingPolicy in @clinic/domain/scheduling/booking-policy).
    /** Provider time held before / after each visit (preparation, cleaning the room). */
    bufferBeforeMinutes: integer("buffer_before_minutes").notNull().default(0),
    bufferAfterMinutes: integer("buffer_after_minutes").notNull().default(0),
    /** Patients cannot book a visit starting sooner than this after "now". */
    minNoticeMinutes: integer("min_notice_minutes").notNull().default(720),
    /** How many local days ahead patients may book. */
    bookingHorizonDays: integer("booking_horizon_days").notNull().default(60),
    /** Slots start on multiples of this in the location's local time (15 → :00, :15, :30, :45). */
    slotIntervalMinutes: integer("slot_interval_minutes").notNull().default(15),
    /** Patients cannot cancel or reschedule online later than this before the start. */
    changeCutoffMinutes: integer("change_cutoff_minutes").notNull().default(1440),
    ...timestamps,
  },
  (t) => [
    check("services_duration_positive", sql`${t.durationMinutes} > 0 and ${t.durationMinutes} <= 480`),
    check("services_buffers_range", sql`${t.bufferBeforeMinutes} between 0 and 240 and ${t.bufferAfterMinutes} between 0 and 240`),
    check("services_min_notice_range", sql`${t.minNoticeMinutes} between 0 and 43200`),
    check("services_booking_horizon_range", sql`${t.bookingHorizonDays} between 1 and 366`),
    check("services_slot_interval_range", sql`${t.slotIntervalMinutes} between 5 and 240`),
    check("services_change_cutoff_range", sql`${t.changeCutoffMinutes} between 0 and 43200`),
  ],
);

export const providerServices = pgTable(
  "provider_services",
  {
    providerId: uuid("provider_id").notNull().references(() => providers.id, { onDelete: "cascade" }),
    serviceId: uuid("service_id").notNull().references(() => services.id, { onDelete: "cascade" }),
    ...timestamps,
  },
  (t) => [primaryKey({ columns: [t.providerId, t.serviceId] })],
);

export const providerLocations = pgTable(
  "provider_locations",
  {
    providerId: uuid("provider_id").notNull().references(() => providers.id, { onDelete: "cascade" }),
    locationId: uuid("location_id").notNull().references(() => locations.id, { onDelete: "cascade" }),
    ...timestamps,
  },
  (t) => [primaryKey({ columns: [t.providerId, t.locationId] })],
);
