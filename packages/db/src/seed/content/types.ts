// Shapes of the demo clinic's content. Plain data keyed by slug: the seeder resolves slugs to ids,
// so this folder stays free of database code and can be checked by fast unit tests.
import { type ServiceCategory } from "@clinic/domain/clinic/service-category";
import { type ArticleKind } from "@clinic/domain/content/article-kind";

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
};

export type DemoProvider = {
  slug: string;
  name: string;
  /** Credentials and role as shown to patients. */
  title: string;
  bio: string;
  photoUrl: string | null;
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
