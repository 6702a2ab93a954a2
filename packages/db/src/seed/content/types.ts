// Shapes of the demo clinic's content. Plain data keyed by slug: the seeder resolves slugs to ids,
// so this folder stays free of database code and can be checked by fast unit tests.
import { type ServiceCategory } from "@clinic/domain/clinic/service-category";
import { type ArticleKind } from "@clinic/domain/content/article-kind";
import { type BookingPolicy } from "@clinic/domain/scheduling/booking-policy";
import { type ScheduleExceptionKind } from "@clinic/domain/scheduling/weekly-schedule";

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** Wall-clock hours in the location's own time zone, "HH:MM" (24-hour). */
export type DemoOpeningHours = { weekday: IsoWeekday; opens: string; closes: string };

export type DemoLocation = {
  slug: string;
  name: string;
  addressLine1: string;
  addressLine2: string | null;
  city: string;
  region: string;
  postalCode: string;
  phone: string;
  /** IANA zone: every schedule at this location is wall-clock time in this zone. */
  timeZone: string;
  openingHours: DemoOpeningHours[];
};

export type DemoService = {
  slug: string;
  name: string;
  category: ServiceCategory;
  durationMinutes: number;
  description: string;
  /** How patients book it; the duration is `durationMinutes` above. */
  booking: Omit<BookingPolicy, "durationMinutes">;
};

export type DemoProvider = {
  slug: string;
  name: string;
  /** Credentials and role as shown to patients. */
  title: string;
  bio: string;
  disciplines: ServiceCategory[];
  serviceSlugs: string[];
  locationSlugs: string[];
};

export type DemoArticle = {
  slug: string;
  kind: ArticleKind;
  title: string;
  summary: string;
  bodyMarkdown: string;
  /** The clinician who medically reviewed the text. */
  reviewerProviderSlug: string;
  /** "YYYY-MM-DD" */
  reviewedOn: string;
  relatedServiceSlugs: string[];
};

/** "HH:MM" wall-clock interval in the location's zone, start included, end excluded. */
export type DemoInterval = { start: string; end: string };

/** A provider's regular hours at one location: the same intervals on each of `weekdays`. */
export type DemoWeeklyHours = {
  providerSlug: string;
  locationSlug: string;
  weekdays: IsoWeekday[];
  intervals: DemoInterval[];
};

/**
 * A date that differs from the regular hours, placed relative to the day the seed runs so the
 * demo stays current: on the first suitable date at least `daysAhead` days after today.
 * Time off without `hours` is the whole day; without a location it applies everywhere.
 * Extra hours go on a day the provider does not normally work.
 */
export type DemoScheduleException = {
  providerSlug: string;
  locationSlug: string | null;
  kind: ScheduleExceptionKind;
  daysAhead: number;
  hours: DemoInterval | null;
  /** Also what makes the seed idempotent: one upcoming exception per provider and note. */
  note: string;
};
