import { z } from "zod";
import { phoneSchema } from "../people/contact-details";
import { bookingPolicySchema } from "../scheduling/booking-policy";
import { isValidTimeZone } from "../time/zoned-time";

/**
 * What an administrator may change about the clinic's services, providers and locations
 * (issue "Staff run the clinic's day", §5). The same schemas check the staff forms and the procedures.
 */

const text = (what: string, max: number) =>
  z.string().trim().min(1, `Enter ${what}.`).max(max, `Use at most ${max} characters.`);

/** A checkbox as a form posts it ("on" or absent) or a boolean from a caller. */
const checkbox = z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean());

/** A number typed into a form (a string) or sent by a caller; empty stays empty so "required" fires. */
const formNumber = (schema: z.ZodNumber) =>
  z.preprocess((value) => (typeof value === "string" ? (value.trim() === "" ? undefined : Number(value)) : value), schema);

const emptyToNull = (value: unknown) => (typeof value === "string" && value.trim() === "" ? null : value);

const policy = bookingPolicySchema.shape;

/** A service's name, booking policy and whether patients may book it. */
export const serviceSettingsSchema = z.object({
  name: text("the service's name", 120),
  durationMinutes: formNumber(policy.durationMinutes),
  bufferBeforeMinutes: formNumber(policy.bufferBeforeMinutes),
  bufferAfterMinutes: formNumber(policy.bufferAfterMinutes),
  minNoticeMinutes: formNumber(policy.minNoticeMinutes),
  bookingHorizonDays: formNumber(policy.bookingHorizonDays),
  slotIntervalMinutes: formNumber(policy.slotIntervalMinutes),
  changeCutoffMinutes: formNumber(policy.changeCutoffMinutes),
  /** Inactive services are hidden from booking; their past and booked visits stay. */
  active: checkbox,
  /** Patients may book it online; otherwise only staff book it. */
  onlineBookable: checkbox,
});
export type ServiceSettings = z.infer<typeof serviceSettingsSchema>;
export const SERVICE_SETTINGS_FIELDS = Object.keys(serviceSettingsSchema.shape) as (keyof ServiceSettings)[];

/** A provider's profile as patients see it. */
export const providerProfileSchema = z.object({
  name: text("the provider's name", 100),
  title: text("a title", 120),
  bio: text("a short biography", 4000),
  active: checkbox,
});
export type ProviderProfile = z.infer<typeof providerProfileSchema>;
export const PROVIDER_PROFILE_FIELDS = Object.keys(providerProfileSchema.shape) as (keyof ProviderProfile)[];

/** Which services a provider offers and at which locations they work (at most a clinic's worth). */
export const providerOfferingsSchema = z.object({
  serviceIds: z.array(z.uuid()).max(200),
  locationIds: z.array(z.uuid()).max(50),
});

export const timeZoneSchema = z
  .string()
  .trim()
  .max(64, "Use at most 64 characters.")
  .refine((zone) => /^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)+$/.test(zone) && isValidTimeZone(zone), "Enter an IANA time zone, like America/Chicago.");

const WALL_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** One weekday's opening hours; weekday 1 = Monday … 7 = Sunday (ISO), closing after opening. */
export const openingHoursDaySchema = z
  .object({
    weekday: z.number().int().min(1).max(7),
    opens: z.string().regex(WALL_TIME, "Enter a time like 08:00."),
    closes: z.string().regex(WALL_TIME, "Enter a time like 17:30."),
  })
  .refine((day) => day.closes > day.opens, { message: "Closing time must be after opening time.", path: ["closes"] });

export const locationSettingsSchema = z.object({
  name: text("the location's name", 120),
  addressLine1: text("the street address", 200),
  addressLine2: z.preprocess(emptyToNull, z.string().trim().max(200, "Use at most 200 characters.").nullable()),
  city: text("the city", 100),
  region: text("the state", 50),
  postalCode: z.string().trim().regex(/^\d{5}(-\d{4})?$/, "Enter a ZIP code like 78701."),
  phone: phoneSchema,
  timeZone: timeZoneSchema,
  /** One entry per open weekday; a weekday left out is closed. */
  openingHours: z
    .array(openingHoursDaySchema)
    .max(7)
    .refine((days) => new Set(days.map((day) => day.weekday)).size === days.length, "Give each weekday once."),
});
export type LocationSettings = z.infer<typeof locationSettingsSchema>;

export const WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;

/**
 * Opening hours from a form's `opens-N`/`closes-N` boxes (N = ISO weekday). A day with both boxes
 * empty is closed; a day with only one filled keeps the empty one so the schema names it.
 */
export function openingHoursFromForm(get: (name: string) => string): { weekday: number; opens: string; closes: string }[] {
  const days = [];
  for (let weekday = 1; weekday <= 7; weekday++) {
    const opens = get(`opens-${weekday}`).trim();
    const closes = get(`closes-${weekday}`).trim();
    if (opens === "" && closes === "") continue;
    days.push({ weekday, opens, closes });
  }
  return days;
}

/**
 * The names of the fields whose values differ: what an audit event records about a settings change
 * (names only, so the trail never copies text such as a biography).
 */
export function changedFields<T extends Record<string, unknown>>(before: T, after: T): (keyof T & string)[] {
  return (Object.keys(after) as (keyof T & string)[]).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}
