import { readFileSync } from "node:fs";
import { SERVICE_CATEGORIES } from "@clinic/domain/clinic/service-category";
import { ARTICLE_KINDS } from "@clinic/domain/content/article-kind";
import { describe, expect, it } from "vitest";
import { bookingPolicySchema } from "@clinic/domain/scheduling/booking-policy";
import { DEMO_ARTICLES, DEMO_LOCATIONS, DEMO_PROVIDERS, DEMO_SCHEDULE_EXCEPTIONS, DEMO_SERVICES, DEMO_WEEKLY_HOURS } from "./index";

// The fixed demo data of the team brief: tests, the README and the e2e journeys rely on these slugs.
const BRIEF_SERVICES = {
  "initial-pain-consultation": { category: "interventional_pain", durationMinutes: 60 },
  "pain-follow-up": { category: "interventional_pain", durationMinutes: 30 },
  "injection-consultation": { category: "interventional_pain", durationMinutes: 45 },
  "physical-therapy-evaluation": { category: "physical_therapy", durationMinutes: 60 },
  "physical-therapy-session": { category: "physical_therapy", durationMinutes: 45 },
  "therapeutic-massage-60": { category: "massage_therapy", durationMinutes: 60 },
  "therapeutic-massage-90": { category: "massage_therapy", durationMinutes: 90 },
  "myofascial-release-massage": { category: "massage_therapy", durationMinutes: 60 },
} as const;
const BRIEF_PROVIDERS = {
  "dr-maya-okafor": "Dr. Maya Okafor",
  "dr-daniel-reyes": "Dr. Daniel Reyes",
  "sarah-lindqvist-dpt": "Sarah Lindqvist",
  "marcus-bell-dpt": "Marcus Bell",
  "elena-park-lmt": "Elena Park",
  "jordan-hayes-lmt": "Jordan Hayes",
} as const;
const BRIEF_LOCATIONS = {
  downtown: { city: "Austin", timeZone: "America/Chicago" },
  "west-el-paso": { city: "El Paso", timeZone: "America/Denver" },
} as const;
const BRIEF_ARTICLES = {
  "upper-back-pain": "condition",
  "thoracic-spine-anatomy": "condition",
  "epidural-steroid-injections": "treatment",
  "nerve-blocks-and-facet-joint-injections": "treatment",
  discectomy: "treatment",
  "vertebroplasty-and-kyphoplasty": "treatment",
  "physical-therapy": "treatment",
  "massage-therapy": "treatment",
} as const;
/** Who may medically review which article (the brief's reviewer rule). */
const PHYSICIANS = ["dr-maya-okafor", "dr-daniel-reyes"];
const ALLOWED_REVIEWERS: Record<string, string[]> = {
  "physical-therapy": ["sarah-lindqvist-dpt"],
  "massage-therapy": ["elena-park-lmt"],
};

// Typos and sales copy of the source text that must not leak into patient-facing content.
const SOURCE_TYPOS = ["lumber", "carbamezapine", "acetominaphen", "disctomy", "Appoinment", "Screenshot", "Click here"];

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

const slugsOf = (items: { slug: string }[]) => items.map((item) => item.slug);
const sorted = (values: Iterable<string>) => [...values].sort();
const wordCount = (markdown: string) => markdown.split(/\s+/).filter((word) => /[A-Za-z0-9]/.test(word)).length;

describe.each([
  ["locations", slugsOf(DEMO_LOCATIONS)],
  ["services", slugsOf(DEMO_SERVICES)],
  ["providers", slugsOf(DEMO_PROVIDERS)],
  ["articles", slugsOf(DEMO_ARTICLES)],
])("%s slugs", (_name, slugs) => {
  it("are unique and kebab-case", () => {
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(KEBAB_CASE);
  });
});

describe("demo locations", () => {
  it("are exactly the brief's two locations in their cities and time zones", () => {
    expect(sorted(slugsOf(DEMO_LOCATIONS))).toEqual(sorted(Object.keys(BRIEF_LOCATIONS)));
    for (const location of DEMO_LOCATIONS) {
      const expected = BRIEF_LOCATIONS[location.slug as keyof typeof BRIEF_LOCATIONS];
      expect({ city: location.city, timeZone: location.timeZone }).toEqual(expected);
    }
  });

  it("use valid IANA time zones", () => {
    for (const { timeZone } of DEMO_LOCATIONS) {
      expect(() => new Intl.DateTimeFormat("en-US", { timeZone })).not.toThrow();
    }
  });

  it("use fictional 555-01xx phone numbers", () => {
    for (const { phone } of DEMO_LOCATIONS) expect(phone).toMatch(/^\(\d{3}\) 555-01\d{2}$/);
  });

  it("open before they close, at most once per weekday", () => {
    for (const { slug, openingHours } of DEMO_LOCATIONS) {
      expect(openingHours.length, slug).toBeGreaterThan(0);
      const weekdays = openingHours.map((hours) => hours.weekday);
      expect(new Set(weekdays).size, slug).toBe(weekdays.length);
      for (const { weekday, opens, closes } of openingHours) {
        expect(weekday).toBeGreaterThanOrEqual(1);
        expect(weekday).toBeLessThanOrEqual(7);
        expect(opens).toMatch(HH_MM);
        expect(closes).toMatch(HH_MM);
        // Zero-padded "HH:MM" strings compare in clock order.
        expect(opens < closes, `${slug} weekday ${weekday}`).toBe(true);
      }
    }
  });
});

describe("demo services", () => {
  it("are exactly the brief's eight services with their categories and durations", () => {
    expect(sorted(slugsOf(DEMO_SERVICES))).toEqual(sorted(Object.keys(BRIEF_SERVICES)));
    for (const service of DEMO_SERVICES) {
      const expected = BRIEF_SERVICES[service.slug as keyof typeof BRIEF_SERVICES];
      expect({ category: service.category, durationMinutes: service.durationMinutes }, service.slug).toEqual(expected);
      expect(SERVICE_CATEGORIES).toContain(service.category);
    }
  });

  it("have a description of two to four sentences", () => {
    for (const { slug, description } of DEMO_SERVICES) {
      const sentences = description.split(/(?<=[.!?])\s+/).filter(Boolean);
      expect(sentences.length, slug).toBeGreaterThanOrEqual(2);
      expect(sentences.length, slug).toBeLessThanOrEqual(4);
    }
  });
});

describe("demo booking policies", () => {
  it("are valid booking policies for the service's duration", () => {
    for (const service of DEMO_SERVICES) {
      expect(bookingPolicySchema.safeParse({ durationMinutes: service.durationMinutes, ...service.booking }).success, service.slug).toBe(true);
    }
  });

  it("book massage on the half hour and physician and therapy visits every 15 minutes", () => {
    for (const service of DEMO_SERVICES) {
      expect(service.booking.slotIntervalMinutes, service.slug).toBe(service.category === "massage_therapy" ? 30 : 15);
    }
  });
});

describe("demo providers", () => {
  const servicesBySlug = new Map(DEMO_SERVICES.map((service) => [service.slug, service]));
  const locationSlugs = new Set(slugsOf(DEMO_LOCATIONS));

  it("are exactly the brief's six providers", () => {
    expect(sorted(slugsOf(DEMO_PROVIDERS))).toEqual(sorted(Object.keys(BRIEF_PROVIDERS)));
    for (const provider of DEMO_PROVIDERS) {
      expect(provider.name).toBe(BRIEF_PROVIDERS[provider.slug as keyof typeof BRIEF_PROVIDERS]);
    }
  });

  it("offer existing services that belong to their own disciplines", () => {
    for (const provider of DEMO_PROVIDERS) {
      expect(provider.serviceSlugs.length, provider.slug).toBeGreaterThan(0);
      expect(new Set(provider.serviceSlugs).size, provider.slug).toBe(provider.serviceSlugs.length);
      for (const slug of provider.serviceSlugs) {
        const service = servicesBySlug.get(slug);
        expect(service, `${provider.slug} -> ${slug}`).toBeDefined();
        expect(provider.disciplines, `${provider.slug} -> ${slug}`).toContain(service?.category);
      }
    }
  });

  it("work at existing locations, and together cover both", () => {
    for (const provider of DEMO_PROVIDERS) {
      expect(provider.locationSlugs.length, provider.slug).toBeGreaterThan(0);
      for (const slug of provider.locationSlugs) expect(locationSlugs.has(slug), `${provider.slug} -> ${slug}`).toBe(true);
    }
    expect(new Set(DEMO_PROVIDERS.flatMap((provider) => provider.locationSlugs))).toEqual(locationSlugs);
  });

  it("offer every service somewhere", () => {
    const offered = new Set(DEMO_PROVIDERS.flatMap((provider) => provider.serviceSlugs));
    expect(sorted(offered)).toEqual(sorted(servicesBySlug.keys()));
  });
});

describe("demo weekly hours", () => {
  const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  const shifts = DEMO_WEEKLY_HOURS.flatMap((hours) =>
    hours.weekdays.flatMap((weekday) => hours.intervals.map((interval) => ({ ...hours, weekday, start: interval.start, end: interval.end }))),
  );

  it("give every provider hours at each of their locations, and only there", () => {
    for (const provider of DEMO_PROVIDERS) {
      const places = new Set(shifts.filter((shift) => shift.providerSlug === provider.slug).map((shift) => shift.locationSlug));
      expect(sorted(places), provider.slug).toEqual(sorted(provider.locationSlugs));
    }
    expect(shifts.every((shift) => DEMO_PROVIDERS.some((provider) => provider.slug === shift.providerSlug))).toBe(true);
  });

  it("lie inside the location's opening hours", () => {
    for (const shift of shifts) {
      const location = DEMO_LOCATIONS.find((candidate) => candidate.slug === shift.locationSlug)!;
      const open = location.openingHours.find((hours) => hours.weekday === shift.weekday);
      const label = `${shift.providerSlug} ${shift.locationSlug} weekday ${shift.weekday} ${shift.start}-${shift.end}`;
      expect(open, label).toBeDefined();
      expect(shift.start).toMatch(HH_MM);
      expect(shift.end).toMatch(HH_MM);
      expect(shift.start < shift.end, label).toBe(true);
      expect(open!.opens <= shift.start && shift.end <= open!.closes, label).toBe(true);
    }
  });

  it("never overlap, and keep a provider in one city per day", () => {
    for (const a of shifts) {
      for (const b of shifts) {
        if (a === b || a.providerSlug !== b.providerSlug || a.weekday !== b.weekday) continue;
        const label = `${a.providerSlug} weekday ${a.weekday}`;
        expect(a.locationSlug, label).toBe(b.locationSlug);
        expect(minutes(a.end) <= minutes(b.start) || minutes(b.end) <= minutes(a.start), label).toBe(true);
      }
    }
  });

  it("have at least one provider at both locations on different days, and massage on Saturdays and evenings", () => {
    const both = DEMO_PROVIDERS.filter((provider) => new Set(shifts.filter((shift) => shift.providerSlug === provider.slug).map((shift) => shift.locationSlug)).size === 2);
    expect(both.length).toBeGreaterThan(0);
    const massage = shifts.filter((shift) => DEMO_PROVIDERS.find((provider) => provider.slug === shift.providerSlug)?.disciplines.includes("massage_therapy"));
    expect(massage.some((shift) => shift.weekday === 6)).toBe(true);
    expect(massage.some((shift) => shift.end >= "19:00")).toBe(true);
  });
});

describe("demo schedule exceptions", () => {
  it("name a provider and one of their locations, with hours where needed", () => {
    for (const exception of DEMO_SCHEDULE_EXCEPTIONS) {
      const provider = DEMO_PROVIDERS.find((candidate) => candidate.slug === exception.providerSlug);
      expect(provider, exception.note).toBeDefined();
      if (exception.locationSlug) expect(provider!.locationSlugs, exception.note).toContain(exception.locationSlug);
      if (exception.kind === "extra_hours") {
        expect(exception.locationSlug, exception.note).not.toBeNull();
        expect(exception.hours, exception.note).not.toBeNull();
      }
      if (exception.hours) expect(exception.hours.start < exception.hours.end, exception.note).toBe(true);
      expect(exception.daysAhead, exception.note).toBeGreaterThan(0);
    }
    const notes = DEMO_SCHEDULE_EXCEPTIONS.map((exception) => `${exception.providerSlug} ${exception.note}`);
    expect(new Set(notes).size).toBe(notes.length);
  });

  it("include whole-day and part-day time off and extra hours", () => {
    const kinds = DEMO_SCHEDULE_EXCEPTIONS.map((exception) => (exception.kind === "time_off" ? (exception.hours ? "part day off" : "day off") : "extra hours"));
    expect(sorted(new Set(kinds))).toEqual(["day off", "extra hours", "part day off"]);
  });
});

describe("demo articles", () => {
  const articleSlugs = new Set(slugsOf(DEMO_ARTICLES));
  const serviceSlugs = new Set(slugsOf(DEMO_SERVICES));

  it("are exactly the brief's eight articles with their kinds", () => {
    expect(sorted(articleSlugs)).toEqual(sorted(Object.keys(BRIEF_ARTICLES)));
    for (const article of DEMO_ARTICLES) {
      expect(article.kind, article.slug).toBe(BRIEF_ARTICLES[article.slug as keyof typeof BRIEF_ARTICLES]);
      expect(ARTICLE_KINDS).toContain(article.kind);
    }
  });

  it("are reviewed by the right clinician on a real 2026 date before 2026-11-25", () => {
    for (const article of DEMO_ARTICLES) {
      const allowed = ALLOWED_REVIEWERS[article.slug] ?? PHYSICIANS;
      expect(allowed, article.slug).toContain(article.reviewerProviderSlug);
      expect(article.reviewedOn).toMatch(/^2026-\d{2}-\d{2}$/);
      // Round-tripping through Date rejects impossible days such as 2026-02-30.
      expect(new Date(`${article.reviewedOn}T00:00:00Z`).toISOString().slice(0, 10)).toBe(article.reviewedOn);
      expect(article.reviewedOn < "2026-11-25", article.slug).toBe(true);
    }
  });

  it("relate to existing services", () => {
    for (const article of DEMO_ARTICLES) {
      expect(article.relatedServiceSlugs.length, article.slug).toBeGreaterThan(0);
      for (const slug of article.relatedServiceSlugs) expect(serviceSlugs.has(slug), `${article.slug} -> ${slug}`).toBe(true);
    }
  });

  it("have a structured body of 300 to 700 words without an h1 of its own", () => {
    for (const { slug, bodyMarkdown } of DEMO_ARTICLES) {
      expect(bodyMarkdown.match(/^## \S/gm)?.length ?? 0, slug).toBeGreaterThanOrEqual(2);
      // The page renders the title as the only h1.
      expect(bodyMarkdown, slug).not.toMatch(/^# /m);
      const words = wordCount(bodyMarkdown);
      expect(words, slug).toBeGreaterThanOrEqual(300);
      expect(words, slug).toBeLessThanOrEqual(700);
    }
  });

  it("contain none of the source text's typos or calls to action", () => {
    for (const { slug, title, summary, bodyMarkdown } of DEMO_ARTICLES) {
      const text = `${title}\n${summary}\n${bodyMarkdown}`.toLowerCase();
      for (const typo of SOURCE_TYPOS) expect(text, `${slug} contains "${typo}"`).not.toContain(typo.toLowerCase());
    }
  });

  it("leave the disclaimer to the page", () => {
    for (const { slug, bodyMarkdown } of DEMO_ARTICLES) {
      expect(bodyMarkdown.toLowerCase(), slug).not.toContain("not medical advice");
    }
  });

  it("link only to health library articles that exist", () => {
    const linked = DEMO_ARTICLES.flatMap(({ slug, bodyMarkdown }) =>
      [...bodyMarkdown.matchAll(/\]\((\/health-library\/[^)\s]*)\)/g)].map((match) => ({ from: slug, href: match[1] ?? "" })),
    );
    expect(linked.length).toBeGreaterThan(0);
    for (const { from, href } of linked) {
      const target = href.slice("/health-library/".length);
      expect(articleSlugs.has(target), `${from} -> ${href}`).toBe(true);
      expect(target, `${from} links to itself`).not.toBe(from);
    }
  });

  it("link from upper back pain to every treatment article", () => {
    const upperBackPain = DEMO_ARTICLES.find((article) => article.slug === "upper-back-pain");
    const treatments = DEMO_ARTICLES.filter((article) => article.kind === "treatment");
    for (const { slug } of treatments) expect(upperBackPain?.bodyMarkdown).toContain(`](/health-library/${slug})`);
  });
});

describe("demo article images", () => {
  it("the thoracic spine anatomy article shows our own labelled illustration, with alt text and its size", () => {
    const anatomy = DEMO_ARTICLES.find((article) => article.slug === "thoracic-spine-anatomy");
    const [, alt, file, width, height] = /!\[([^\]]+)\]\(\/library-images\/([a-z-]+\.svg)\?w=(\d+)&h=(\d+)\)/.exec(anatomy?.bodyMarkdown ?? "") ?? [];
    expect(alt).toMatch(/T1.*T12/);
    const svg = readFileSync(new URL(`../../../../../apps/patient-site/public/library-images/${file}`, import.meta.url), "utf8");
    expect(svg).toContain(`viewBox="0 0 ${width} ${height}"`);
    expect(svg).toMatch(/role="img" aria-labelledby="title desc"/);
    for (let level = 1; level <= 12; level++) expect(svg).toContain(`>T${level}</text>`);
    expect(svg).not.toMatch(/<script|\son\w+=|href=/i);
  });
});
