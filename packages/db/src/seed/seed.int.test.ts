import { verify } from "@node-rs/argon2";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appointments, articles, articleServices, locations, patients, providers, users } from "../schema";
import { createTestDatabase, type TestDatabase } from "../testing";
import { DEMO_ACCOUNTS, seedDemoClinic } from "./index";
import { DEMO_ARTICLES, DEMO_LOCATIONS } from "./content";
import { isoWeekday, todayInZone } from "@clinic/domain/time/zoned-time";

// A Wednesday: 10:00 in Austin (America/Chicago), 09:00 in El Paso (America/Denver).
const NOW = new Date("2026-11-25T16:00:00Z");
const TABLES = ["locations", "services", "providers", "provider_services", "provider_locations", "users", "patients", "articles", "article_services", "appointments"];

describe("seedDemoClinic", () => {
  let test: TestDatabase;
  const rowCounts = async () => {
    const counts: Record<string, number> = {};
    for (const table of TABLES) {
      const { rows } = await test.db.$client.query<{ n: number }>(`select count(*)::int as n from ${table}`);
      counts[table] = rows[0]!.n;
    }
    return counts;
  };

  beforeAll(async () => {
    test = await createTestDatabase();
    await seedDemoClinic(test.db, { now: NOW });
  });
  afterAll(() => test.drop());

  it("is idempotent: a second run changes no row counts", async () => {
    const first = await rowCounts();
    await seedDemoClinic(test.db, { now: NOW });
    expect(await rowCounts()).toEqual(first);
    expect(first).toMatchObject({ locations: 2, services: 8, providers: 6, articles: DEMO_ARTICLES.length });
  });

  it("leaves unchanged articles untouched, so their last-updated date stays true", async () => {
    const before = await test.db.select({ slug: articles.slug, updatedAt: articles.updatedAt }).from(articles).orderBy(articles.slug);
    await seedDemoClinic(test.db, { now: NOW });
    const after = await test.db.select({ slug: articles.slug, updatedAt: articles.updatedAt }).from(articles).orderBy(articles.slug);
    expect(after).toEqual(before);
  });

  it("creates the demo log-ins with their roles, names and argon2id passwords", async () => {
    for (const account of DEMO_ACCOUNTS) {
      const [user] = await test.db.select().from(users).where(eq(users.email, account.email));
      expect(user, account.email).toMatchObject({ name: account.name, role: account.role });
      expect(user!.passwordHash.startsWith("$argon2id$")).toBe(true);
      expect(await verify(user!.passwordHash, account.password)).toBe(true);
    }
  });

  it("gives the demo patient a profile and links the provider log-in to Dr. Maya Okafor", async () => {
    const [patient] = await test.db
      .select({ phone: patients.phone, dateOfBirth: patients.dateOfBirth })
      .from(patients)
      .innerJoin(users, eq(users.id, patients.userId))
      .where(eq(users.email, "patient@example.com"));
    expect(patient).toEqual({ phone: "(512) 555-0142", dateOfBirth: "1984-06-12" });

    const [provider] = await test.db
      .select({ slug: providers.slug })
      .from(providers)
      .innerJoin(users, eq(users.id, providers.userId))
      .where(eq(users.email, "provider@example.com"));
    expect(provider).toEqual({ slug: "dr-maya-okafor" });
  });

  it("publishes every article with the editor as author, a reviewer and related services", async () => {
    const rows = await test.db
      .select({
        slug: articles.slug,
        status: articles.status,
        publishedAt: articles.publishedAt,
        reviewedOn: articles.reviewedOn,
        author: users.email,
        reviewer: providers.slug,
        related: sql<number>`(select count(*)::int from ${articleServices} where ${articleServices.articleId} = ${articles.id})`,
      })
      .from(articles)
      .leftJoin(users, eq(users.id, articles.authorUserId))
      .leftJoin(providers, eq(providers.id, articles.reviewerProviderId));
    expect(rows.map((row) => row.slug).sort()).toEqual(
      [
        "upper-back-pain",
        "thoracic-spine-anatomy",
        "epidural-steroid-injections",
        "nerve-blocks-and-facet-joint-injections",
        "discectomy",
        "vertebroplasty-and-kyphoplasty",
        "physical-therapy",
        "massage-therapy",
      ].sort(),
    );
    for (const row of rows) {
      const content = DEMO_ARTICLES.find((article) => article.slug === row.slug)!;
      expect(row, row.slug).toMatchObject({ status: "published", author: "editor@example.com", reviewer: content.reviewerProviderSlug, reviewedOn: content.reviewedOn });
      expect(row.publishedAt).toBeInstanceOf(Date);
      expect(row.related).toBe(content.relatedServiceSlugs.length);
    }
  });

  it("gives the demo patient one past (completed) and one upcoming appointment", async () => {
    const rows = await test.db
      .select({ startsAt: appointments.startsAt, status: appointments.status })
      .from(appointments)
      .innerJoin(patients, eq(patients.id, appointments.patientId))
      .innerJoin(users, eq(users.id, patients.userId))
      .where(eq(users.email, "patient@example.com"))
      .orderBy(appointments.startsAt);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ status: "completed" });
    expect(rows[0]!.startsAt < NOW).toBe(true);
    expect(rows[1]).toMatchObject({ status: "booked" });
    expect(rows[1]!.startsAt.getTime() - NOW.getTime()).toBeGreaterThan(2 * 24 * 3600_000);
  });

  it("fills today's schedule at both locations within opening hours, in each location's zone", async () => {
    const rows = await test.db
      .select({ startsAt: appointments.startsAt, endsAt: appointments.endsAt, status: appointments.status, location: locations.slug })
      .from(appointments)
      .innerJoin(locations, eq(locations.id, appointments.locationId));
    for (const location of DEMO_LOCATIONS) {
      const today = todayInZone(location.timeZone, NOW);
      const hours = location.openingHours.find((entry) => entry.weekday === isoWeekday(today))!;
      const todays = rows.filter((row) => row.location === location.slug && todayInZone(location.timeZone, row.startsAt) === today);
      expect(todays.length, location.slug).toBeGreaterThanOrEqual(3);
      for (const row of todays) {
        expect(wallMinutes(row.startsAt, location.timeZone)).toBeGreaterThanOrEqual(minutesOfDay(hours.opens));
        expect(wallMinutes(row.endsAt, location.timeZone)).toBeLessThanOrEqual(minutesOfDay(hours.closes));
        // Visits already over by `now` read as completed, later ones as booked.
        if (row.endsAt <= NOW) expect(row.status).toBe("completed");
        if (row.startsAt > NOW) expect(row.status).toBe("booked");
      }
    }
  });
});

function minutesOfDay(time: string): number {
  const [hours = 0, minutes = 0] = time.split(":").map(Number);
  return hours * 60 + minutes;
}

function wallMinutes(instant: Date, timeZone: string): number {
  const [hours, minutes] = new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
    .format(instant)
    .split(":")
    .map(Number);
  return hours! * 60 + minutes!;
}
