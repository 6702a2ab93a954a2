import { describe, expect, it } from "vitest";
import { z } from "zod";
import { medicalClinics, medicalWebPage, physicians, serializeJsonLd } from "./structured-data";

// The schema.org types and properties the site uses, as strict objects: a property schema.org does not
// define on the type (e.g. jobTitle on Physician, a MedicalOrganization) fails the test.
const url = z.url({ protocol: /^https$/ });
const isoDate = z.iso.date();
const isoInstant = z.iso.datetime();
const reference = z.strictObject({ "@id": url });

const physician = z.strictObject({
  "@type": z.literal("Physician"),
  "@id": url,
  name: z.string().min(1),
  description: z.string().min(1),
  url: url.optional(),
  image: url.optional(),
  location: z.array(reference).optional(),
});

const medicalWebPageSchema = z.strictObject({
  "@context": z.literal("https://schema.org"),
  "@type": z.literal("MedicalWebPage"),
  "@id": url,
  url,
  name: z.string().min(1),
  description: z.string().min(1),
  inLanguage: z.string(),
  datePublished: isoInstant,
  dateModified: isoInstant,
  about: z.strictObject({ "@type": z.enum(["MedicalCondition", "MedicalProcedure", "MedicalTherapy"]), name: z.string() }).optional(),
  lastReviewed: isoDate.optional(),
  reviewedBy: physician.omit({ url: true, image: true, location: true }).optional(),
  publisher: z.strictObject({ "@type": z.literal("MedicalClinic"), name: z.string(), url }),
});

const medicalClinic = z.strictObject({
  "@type": z.literal("MedicalClinic"),
  "@id": url,
  name: z.string().min(1),
  url,
  telephone: z.string().min(7),
  address: z.strictObject({
    "@type": z.literal("PostalAddress"),
    streetAddress: z.string().min(1),
    addressLocality: z.string().min(1),
    addressRegion: z.string().min(1),
    postalCode: z.string().min(1),
    addressCountry: z.string().length(2),
  }),
  openingHoursSpecification: z.array(
    z.strictObject({
      "@type": z.literal("OpeningHoursSpecification"),
      dayOfWeek: z.enum(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"].map((day) => `https://schema.org/${day}`)),
      opens: z.string().regex(/^\d{2}:\d{2}$/),
      closes: z.string().regex(/^\d{2}:\d{2}$/),
    }),
  ),
});

const graphOf = <T extends z.ZodType>(item: T) => z.strictObject({ "@context": z.literal("https://schema.org"), "@graph": z.array(item).min(1) });

const site = new URL("https://care.example.org");
const article = {
  slug: "upper-back-pain",
  kind: "condition" as const,
  title: "Upper back pain",
  summary: "Why the upper back aches.",
  publishedAt: new Date("2026-01-10T15:00:00Z"),
  updatedAt: new Date("2026-02-01T15:00:00Z"),
  reviewedOn: "2026-01-05",
  reviewer: { name: "Dr. Ana Ruiz", title: "Pain physician, MD", slug: "ana-ruiz" },
};
const location = {
  slug: "austin",
  name: "Austin",
  addressLine1: "100 Congress Ave",
  addressLine2: "Suite 200",
  city: "Austin",
  region: "TX",
  postalCode: "78701",
  phone: "(512) 555-0100",
  openingHours: [
    { weekday: 1, opens: "08:00", closes: "17:00" },
    { weekday: 7, opens: "10:00", closes: "14:00" },
  ],
};

describe("structured data", () => {
  it("describes an article as a MedicalWebPage about a condition, therapy or procedure by kind, with its review", () => {
    const page = medicalWebPageSchema.parse(medicalWebPage(article, site, "Clinic"));
    expect(page.about?.["@type"]).toBe("MedicalCondition");
    expect(page.lastReviewed).toBe("2026-01-05");
    expect(page.reviewedBy?.name).toBe("Dr. Ana Ruiz");
    expect(page.url).toBe("https://care.example.org/health-library/upper-back-pain");
    expect(medicalWebPageSchema.parse(medicalWebPage({ ...article, kind: "treatment" }, site, "Clinic")).about?.["@type"]).toBe("MedicalTherapy");
    expect(medicalWebPageSchema.parse(medicalWebPage({ ...article, kind: "service" }, site, "Clinic")).about?.["@type"]).toBe("MedicalProcedure");
    const unreviewed = medicalWebPageSchema.parse(medicalWebPage({ ...article, kind: "page", reviewer: null, reviewedOn: null }, site, "Clinic"));
    expect(unreviewed).not.toHaveProperty("about");
    expect(unreviewed).not.toHaveProperty("reviewedBy");
  });

  it("describes each location as a MedicalClinic with address, phone and opening hours", () => {
    const clinics = graphOf(medicalClinic).parse(medicalClinics("Clinic", [location, { ...location, slug: "el-paso", addressLine2: null }], site));
    expect(clinics["@graph"]).toHaveLength(2);
    expect(clinics["@graph"][0]?.openingHoursSpecification.map((hours) => hours.dayOfWeek)).toEqual([
      "https://schema.org/Monday",
      "https://schema.org/Sunday",
    ]);
    expect(clinics["@graph"][1]?.address.streetAddress).toBe("100 Congress Ave");
  });

  it("describes providers as Physicians linked to their locations", () => {
    const graph = graphOf(physician).parse(
      physicians([{ slug: "ana-ruiz", name: "Dr. Ana Ruiz", title: "Pain physician", bio: "Treats spine pain.", photo: null, locations: [location] }], site),
    );
    expect(graph["@graph"][0]?.location).toEqual([{ "@id": "https://care.example.org/locations#austin" }]);
  });

  it("serializes so that no text can close the script element", () => {
    const json = serializeJsonLd(medicalWebPage({ ...article, title: "</script><script>alert(1)</script>" }, site, "Clinic"));
    expect(json).not.toContain("<");
    expect((JSON.parse(json) as { name: string }).name).toBe("</script><script>alert(1)</script>");
  });
});
