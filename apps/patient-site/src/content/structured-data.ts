import type { ArticleKind } from "@clinic/domain/content/article-kind";

/** schema.org JSON-LD for search engines (docs/decisions/0051). One builder per page type; the test checks each against schema.org. */
export type JsonLd = Record<string, unknown>;

/** What an article is about, in schema.org's medical vocabulary; a plain page is about nothing medical. */
const ABOUT_TYPE: Record<ArticleKind, "MedicalCondition" | "MedicalProcedure" | "MedicalTherapy" | null> = {
  condition: "MedicalCondition",
  treatment: "MedicalTherapy",
  service: "MedicalProcedure",
  page: null,
};

const SCHEMA_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;

export interface ArticleForStructuredData {
  slug: string;
  kind: ArticleKind;
  title: string;
  summary: string;
  publishedAt: Date;
  updatedAt: Date;
  reviewedOn: string | null;
  reviewer: { name: string; title: string; slug: string } | null;
}

export function medicalWebPage(article: ArticleForStructuredData, site: URL, clinicName: string): JsonLd {
  const url = new URL(`/health-library/${article.slug}`, site).href;
  const aboutType = ABOUT_TYPE[article.kind];
  return {
    "@context": "https://schema.org",
    "@type": "MedicalWebPage",
    "@id": url,
    url,
    name: article.title,
    description: article.summary,
    inLanguage: "en-US",
    datePublished: article.publishedAt.toISOString(),
    dateModified: article.updatedAt.toISOString(),
    ...(aboutType ? { about: { "@type": aboutType, name: article.title } } : {}),
    ...(article.reviewedOn ? { lastReviewed: article.reviewedOn } : {}),
    ...(article.reviewer
      ? {
          reviewedBy: {
            "@type": "Physician",
            "@id": new URL(`/providers#${article.reviewer.slug}`, site).href,
            name: article.reviewer.name,
            description: article.reviewer.title,
          },
        }
      : {}),
    publisher: { "@type": "MedicalClinic", name: clinicName, url: site.href },
  };
}

export interface LocationForStructuredData {
  slug: string;
  name: string;
  addressLine1: string;
  addressLine2: string | null;
  city: string;
  region: string;
  postalCode: string;
  phone: string;
  openingHours: { weekday: number; opens: string; closes: string }[];
}

/** One MedicalClinic per location, with its address, phone and weekly opening hours (ISO weekday 1 = Monday). */
export function medicalClinics(clinicName: string, locations: LocationForStructuredData[], site: URL): JsonLd {
  return {
    "@context": "https://schema.org",
    "@graph": locations.map((location) => ({
      "@type": "MedicalClinic",
      "@id": new URL(`/locations#${location.slug}`, site).href,
      name: `${clinicName} — ${location.name}`,
      url: new URL(`/locations#${location.slug}`, site).href,
      telephone: location.phone,
      address: {
        "@type": "PostalAddress",
        streetAddress: [location.addressLine1, location.addressLine2].filter(Boolean).join(", "),
        addressLocality: location.city,
        addressRegion: location.region,
        postalCode: location.postalCode,
        addressCountry: "US",
      },
      openingHoursSpecification: location.openingHours.map((hours) => ({
        "@type": "OpeningHoursSpecification",
        dayOfWeek: `https://schema.org/${SCHEMA_WEEKDAYS[hours.weekday - 1]}`,
        opens: hours.opens,
        closes: hours.closes,
      })),
    })),
  };
}

export interface ProviderForStructuredData {
  slug: string;
  name: string;
  title: string;
  bio: string;
  photo: { url: string } | null;
  locations: { slug: string; name: string }[];
}

export function physicians(providers: ProviderForStructuredData[], site: URL): JsonLd {
  return {
    "@context": "https://schema.org",
    "@graph": providers.map((provider) => ({
      "@type": "Physician",
      "@id": new URL(`/providers#${provider.slug}`, site).href,
      name: provider.name,
      // schema.org's Physician is a MedicalOrganization (no jobTitle): the title leads the description.
      description: `${provider.title}. ${provider.bio}`,
      url: new URL(`/providers#${provider.slug}`, site).href,
      ...(provider.photo ? { image: new URL(provider.photo.url, site).href } : {}),
      location: provider.locations.map((location) => ({ "@id": new URL(`/locations#${location.slug}`, site).href })),
    })),
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: the browser does not run it, but an HTML parser
 * would end the script at `</script>`, so `<` (and the line separators JSON allows) are escaped.
 */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
