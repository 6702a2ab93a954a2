import { verify } from "@node-rs/argon2";
import { eq, gte, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  appointments,
  articles,
  articleServices,
  locationClosures,
  locations,
  media,
  patients,
  providers,
  providerScheduleExceptions,
  providerWeeklyHours,
  services,
  users,
} from "../schema";
import { createTestDatabase, type TestDatabase } from "../testing";
import { DEMO_ACCOUNTS, seedDemoClinic } from "./index";
import { DEMO_ARTICLES, DEMO_LOCATIONS, DEMO_PROVIDERS, DEMO_SCHEDULE_EXCEPTIONS, DEMO_SERVICES } from "./content";
import { usFederalHolidays } from "@clinic/domain/clinic/us-federal-holidays";
import { addCalendarDays, isoWeekday, todayInZone } from "@clinic/domain/time/zoned-time";

// A Wednesday: 10:00 in Austin (America/Chicago), 09:00 in El Paso (America/Denver).
const NOW = new Date("2026-11-25T16:00:00Z");
const TABLES = [
  "locations",
  "services",
  "providers",
  "provider_services",
  "provider_locations",
  "provider_weekly_hours",
  "provider_schedule_exceptions",
  "users",
  "patients",
  "articles",
  "article_services",
  "appointments",
  "location_closures",
  "media",
];

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
    expect(first).toMatchObject({
      locations: 2,
      services: 8,
      providers: 6,
      articles: DEMO_ARTICLES.length,
      provider_schedule_exceptions: DEMO_SCHEDULE_EXCEPTIONS.length,
    });
  });

  it("gives every demo provider a placeholder photo that says so, kept when an administrator replaced it", async () => {
    const rows = await test.db
      .select({ slug: providers.slug, name: providers.name, alt: providers.photoAlt, contentType: media.contentType, width: media.width })
      .from(providers)
      .innerJoin(media, eq(media.id, providers.photoMediaId));
    expect(rows).toHaveLength(6);
    for (const row of rows) expect(row, row.slug).toMatchObject({ alt: `Placeholder photo for ${row.name}`, contentType: "image/png", width: 320 });

    const [chosen] = rows;
    const [other] = await test.db.select({ id: media.id }).from(media).innerJoin(providers, eq(providers.photoMediaId, media.id)).where(eq(providers.slug, rows[1]!.slug));
    await test.db.update(providers).set({ photoMediaId: other!.id, photoAlt: "Chosen by an administrator" }).where(eq(providers.slug, chosen!.slug));
    await seedDemoClinic(test.db, { now: NOW });
    const [kept] = await test.db.select({ alt: providers.photoAlt }).from(providers).where(eq(providers.slug, chosen!.slug));
    expect(kept?.alt).toBe("Chosen by an administrator");
  });

  it("closes both locations on Thanksgiving 2026 and 2027's observed federal holidays, with no visit left on them", async () => {
    const rows = await test.db
      .select({ slug: locations.slug, date: locationClosures.date, start: locationClosures.startTime, reason: locationClosures.reason })
      .from(locationClosures)
      .innerJoin(locations, eq(locations.id, locationClosures.locationId));
    for (const location of DEMO_LOCATIONS) {
      const dates = rows.filter((row) => row.slug === location.slug).map((row) => row.date).sort();
      expect(dates).toEqual(["2026-11-26", ...usFederalHolidays(2027).map((holiday) => holiday.date)]);
      expect(dates).toContain("2027-07-05"); // Independence Day observed on the Monday
    }
    expect(rows.every((row) => row.start === null && row.reason.length > 0)).toBe(true);
    const onClosedDays = await test.db.$client.query(
      `select a.id from appointments a join locations l on l.id = a.location_id
         join location_closures c on c.location_id = a.location_id and c.date = (a.starts_at at time zone l.time_zone)::date`,
    );
    expect(onClosedDays.rows).toEqual([]);
  });

  it("leaves unchanged articles untouched, so their last-updated date stays true", async () => {
    const before = await test.db.select({ slug: articles.slug, updatedAt: articles.updatedAt }).from(articles).orderBy(articles.slug);
    await seedDemoClinic(test.db, { now: NOW });
    const after = await test.db.select({ slug: articles.slug, updatedAt: articles.updatedAt }).from(articles).orderBy(articles.slug);
    expect(after).toEqual(before);
  });

  it("dates a new article's last change to its review, and only a real change of its text moves it", async () => {
    const rows = await test.db.select({ slug: articles.slug, publishedAt: articles.publishedAt, updatedAt: articles.updatedAt }).from(articles);
    for (const row of rows) expect(row.updatedAt, row.slug).toEqual(row.publishedAt);

    const [edited] = rows;
    await test.db.update(articles).set({ bodyMarkdown: "An edit the demo content does not have." }).where(eq(articles.slug, edited!.slug));
    await seedDemoClinic(test.db, { now: NOW });
    const [restored] = await test.db.select({ updatedAt: articles.updatedAt }).from(articles).where(eq(articles.slug, edited!.slug));
    expect(restored!.updatedAt.getTime()).toBeGreaterThan(edited!.publishedAt!.getTime());
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

  it("fills today's schedule at both locations within opening hours and the providers' own hours, in each location's zone", async () => {
    const rows = await test.db
      .select({
        startsAt: appointments.startsAt,
        endsAt: appointments.endsAt,
        status: appointments.status,
        location: locations.slug,
        locationId: appointments.locationId,
        providerId: appointments.providerId,
        bufferAfterMinutes: appointments.bufferAfterMinutes,
        serviceBufferAfter: services.bufferAfterMinutes,
      })
      .from(appointments)
      .innerJoin(locations, eq(locations.id, appointments.locationId))
      .innerJoin(services, eq(services.id, appointments.serviceId));
    const hours = await test.db.select().from(providerWeeklyHours);
    for (const location of DEMO_LOCATIONS) {
      const today = todayInZone(location.timeZone, NOW);
      const opening = location.openingHours.find((entry) => entry.weekday === isoWeekday(today))!;
      const todays = rows.filter((row) => row.location === location.slug && todayInZone(location.timeZone, row.startsAt) === today);
      expect(todays.length, location.slug).toBeGreaterThanOrEqual(3);
      for (const row of todays) {
        const start = wallMinutes(row.startsAt, location.timeZone);
        const end = wallMinutes(row.endsAt, location.timeZone);
        expect(start).toBeGreaterThanOrEqual(minutesOfDay(opening.opens));
        expect(end).toBeLessThanOrEqual(minutesOfDay(opening.closes));
        // The visit and the buffer after it (copied from the service) lie in one interval of the provider's hours.
        expect(row.bufferAfterMinutes).toBe(row.serviceBufferAfter);
        const within = hours.some(
          (interval) =>
            interval.providerId === row.providerId &&
            interval.locationId === row.locationId &&
            interval.weekday === isoWeekday(today) &&
            minutesOfDay(interval.startTime) <= start &&
            end + row.bufferAfterMinutes <= minutesOfDay(interval.endTime),
        );
        expect(within, `${location.slug} ${row.startsAt.toISOString()}`).toBe(true);
        // Visits already over by `now` read as completed, later ones as booked.
        if (row.endsAt <= NOW) expect(row.status).toBe("completed");
        if (row.startsAt > NOW) expect(row.status).toBe("booked");
      }
    }
  });

  it("gives every provider weekly hours at each of their locations, and one provider hours at both on different days", async () => {
    const rows = await test.db
      .select({ provider: providers.slug, location: locations.slug, weekday: providerWeeklyHours.weekday })
      .from(providerWeeklyHours)
      .innerJoin(providers, eq(providers.id, providerWeeklyHours.providerId))
      .innerJoin(locations, eq(locations.id, providerWeeklyHours.locationId));
    for (const provider of DEMO_PROVIDERS) {
      const own = rows.filter((row) => row.provider === provider.slug);
      expect(new Set(own.map((row) => row.location)), provider.slug).toEqual(new Set(provider.locationSlugs));
    }
    const maya = rows.filter((row) => row.provider === "dr-maya-okafor");
    const daysAt = (slug: string) => new Set(maya.filter((row) => row.location === slug).map((row) => row.weekday));
    expect([...daysAt("downtown")].filter((weekday) => daysAt("west-el-paso").has(weekday))).toEqual([]);
  });

  it("stores each service's booking policy", async () => {
    const rows = await test.db.select().from(services);
    for (const service of DEMO_SERVICES) {
      expect(rows.find((row) => row.slug === service.slug), service.slug).toMatchObject(service.booking);
    }
    expect(rows.find((row) => row.slug === "therapeutic-massage-60")).toMatchObject({ slotIntervalMinutes: 30, bufferAfterMinutes: 10 });
  });

  it("places time off on working days and extra hours on a day off, in the coming weeks", async () => {
    const rows = await test.db
      .select({ provider: providers.slug, date: providerScheduleExceptions.date, kind: providerScheduleExceptions.kind, note: providerScheduleExceptions.note })
      .from(providerScheduleExceptions)
      .innerJoin(providers, eq(providers.id, providerScheduleExceptions.providerId));
    for (const exception of DEMO_SCHEDULE_EXCEPTIONS) {
      const row = rows.find((candidate) => candidate.provider === exception.providerSlug && candidate.note === exception.note);
      expect(row, exception.note).toBeDefined();
      expect(row!.date >= addCalendarDays("2026-11-25", exception.daysAhead), exception.note).toBe(true);
      expect(row!.date < addCalendarDays("2026-11-25", exception.daysAhead + 14), exception.note).toBe(true);
    }
    // NOW is Wednesday 2026-11-25: Elena works Tuesday to Saturday, so her extra day is Monday the 30th.
    expect(rows.find((row) => row.kind === "extra_hours")).toMatchObject({ provider: "elena-park-lmt", date: "2026-11-30" });
    expect(rows.find((row) => row.provider === "dr-maya-okafor")).toMatchObject({ kind: "time_off", date: "2026-12-09" });
  });

  it("books the demo patient with Dr. Okafor on days she works downtown, at 10:00 Austin time", async () => {
    const rows = await test.db
      .select({ startsAt: appointments.startsAt, provider: providers.slug, location: locations.slug })
      .from(appointments)
      .innerJoin(patients, eq(patients.id, appointments.patientId))
      .innerJoin(users, eq(users.id, patients.userId))
      .innerJoin(providers, eq(providers.id, appointments.providerId))
      .innerJoin(locations, eq(locations.id, appointments.locationId))
      .where(eq(users.email, "patient@example.com"))
      .orderBy(appointments.startsAt);
    // 2026-11-04 is a Wednesday, when she is in El Paso, so the past visit is on Tuesday the 3rd;
    // the upcoming one skips the weekend to Monday the 30th.
    expect(rows.map((row) => ({ ...row, local: toZonedLocal(row.startsAt, "America/Chicago") }))).toEqual([
      { startsAt: rows[0]!.startsAt, provider: "dr-maya-okafor", location: "downtown", local: "2026-11-03 10:00" },
      { startsAt: rows[1]!.startsAt, provider: "dr-maya-okafor", location: "downtown", local: "2026-11-30 10:00" },
    ]);
  });

  // Runs last: it seeds this database again a month later.
  it("a month later adds the next exceptions ahead and today's visits, keeping every earlier row", async () => {
    const later = new Date(NOW.getTime() + 30 * 86_400_000); // Friday 2026-12-25
    const before = await rowCounts();
    await seedDemoClinic(test.db, { now: later });
    await seedDemoClinic(test.db, { now: later });
    const after = await rowCounts();
    expect(after.provider_weekly_hours).toBe(before.provider_weekly_hours);
    expect(after.provider_schedule_exceptions).toBe(before.provider_schedule_exceptions! + DEMO_SCHEDULE_EXCEPTIONS.length);
    const upcoming = await test.db
      .select({ note: providerScheduleExceptions.note })
      .from(providerScheduleExceptions)
      .where(gte(providerScheduleExceptions.date, "2026-12-25"));
    expect(upcoming.map((row) => row.note).sort()).toEqual(DEMO_SCHEDULE_EXCEPTIONS.map((exception) => exception.note).sort());
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

/** "YYYY-MM-DD HH:MM" on the wall clock of `timeZone`. */
function toZonedLocal(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(instant);
}
