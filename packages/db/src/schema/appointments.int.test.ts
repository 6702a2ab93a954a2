import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isExclusionViolation } from "../errors";
import { createTestDatabase, type TestDatabase } from "../testing";
import { appointments, locations, patients, providers, services, users } from "./index";

type AppointmentStatus = (typeof appointments.$inferInsert)["status"];

describe("appointments_no_provider_overlap (exclusion constraint)", () => {
  let test: TestDatabase;
  let ids: { patient: string; providerA: string; providerB: string; service: string; location: string };
  // Each test works on its own day so that tests stay independent within the one database.
  let day = 0;
  const at = (hhmm: string) => new Date(`2030-01-${String(day).padStart(2, "0")}T${hhmm}:00Z`);

  beforeAll(async () => {
    test = await createTestDatabase({ max: 60 });
    const { db } = test;
    const [location] = await db
      .insert(locations)
      .values({ slug: "test", name: "Test", addressLine1: "1 Main St", city: "Austin", region: "TX", postalCode: "78701", phone: "(512) 555-0100", timeZone: "America/Chicago" })
      .returning();
    const [service] = await db
      .insert(services)
      .values({ slug: "visit", name: "Visit", category: "interventional_pain", durationMinutes: 30, description: "A visit." })
      .returning();
    const insertedProviders = await db
      .insert(providers)
      .values(["a", "b"].map((slug) => ({ slug, name: `Provider ${slug}`, title: "MD", bio: "Bio.", disciplines: ["interventional_pain" as const] })))
      .returning();
    const [user] = await db.insert(users).values({ email: "p@example.com", name: "P", role: "patient", passwordHash: "x" }).returning();
    const [patient] = await db.insert(patients).values({ userId: user!.id }).returning();
    ids = { patient: patient!.id, providerA: insertedProviders[0]!.id, providerB: insertedProviders[1]!.id, service: service!.id, location: location!.id };
  });
  afterAll(() => test.drop());

  const book = (provider: string, from: string, to: string, status: AppointmentStatus = "booked") =>
    test.db.insert(appointments).values({
      patientId: ids.patient,
      providerId: provider,
      serviceId: ids.service,
      locationId: ids.location,
      startsAt: at(from),
      endsAt: at(to),
      status,
    });

  const failure = async (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error);

  it("rejects an overlapping active appointment of the same provider with 23P01", async () => {
    day = 1;
    await book(ids.providerA, "10:00", "10:30");
    for (const [from, to] of [["10:00", "10:30"], ["10:15", "10:45"], ["09:45", "10:15"], ["09:00", "11:00"]] as const) {
      const error = await failure(book(ids.providerA, from, to));
      expect(isExclusionViolation(error, "appointments_no_provider_overlap"), `${from}-${to}`).toBe(true);
    }
    for (const status of ["checked_in", "completed"] as const) {
      expect(isExclusionViolation(await failure(book(ids.providerA, "10:10", "10:20", status)))).toBe(true);
    }
  });

  it("allows back-to-back appointments (half-open ranges)", async () => {
    day = 2;
    await book(ids.providerA, "10:00", "10:30");
    await expect(book(ids.providerA, "10:30", "11:00")).resolves.toBeDefined();
    await expect(book(ids.providerA, "09:30", "10:00")).resolves.toBeDefined();
  });

  it("allows the same time for different providers", async () => {
    day = 3;
    await book(ids.providerA, "10:00", "10:30");
    await expect(book(ids.providerB, "10:00", "10:30")).resolves.toBeDefined();
  });

  it("ignores cancelled and no-show appointments, which free the time", async () => {
    day = 4;
    await book(ids.providerA, "10:00", "10:30", "cancelled");
    await book(ids.providerA, "10:00", "10:30", "no_show");
    await expect(book(ids.providerA, "10:00", "10:30")).resolves.toBeDefined();
    // …and a cancelled one may be added over an active one.
    await expect(book(ids.providerA, "10:00", "10:30", "cancelled")).resolves.toBeDefined();
  });

  it("lets exactly one of 50 concurrent bookings of one slot through", { timeout: 90_000 }, async () => {
    day = 5;
    // Open 50 separate connections first, so the inserts really race.
    const clients = await Promise.all(Array.from({ length: 50 }, () => test.db.$client.connect()));
    try {
      // Plain concurrent inserts into an exclusion constraint can wait on each other in a cycle;
      // PostgreSQL then aborts one with 40P01 after deadlock_timeout (1 s by default, lowered here so
      // a loaded machine resolves the cycles quickly). Either way the booking is refused.
      await Promise.all(clients.map((client) => client.query("set deadlock_timeout = '100ms'")));
      const results = await Promise.allSettled(
        clients.map((client) =>
          client.query(
            "insert into appointments (patient_id, provider_id, service_id, location_id, starts_at, ends_at) values ($1, $2, $3, $4, $5, $6)",
            [ids.patient, ids.providerA, ids.service, ids.location, at("10:00"), at("10:30")],
          ),
        ),
      );
      const rejected = results.filter((result) => result.status === "rejected");
      expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
      expect(rejected).toHaveLength(49);
      const reasons = rejected.map((result) => (isExclusionViolation(result.reason) ? "23P01" : (result.reason as { code?: string }).code));
      expect(reasons.every((code) => code === "23P01" || code === "40P01")).toBe(true);
      expect(reasons).toContain("23P01");
    } finally {
      for (const client of clients) {
        await client.query("reset deadlock_timeout").catch(() => undefined);
        client.release();
      }
    }
    const count = await test.db.$client.query("select count(*)::int as n from appointments where provider_id = $1 and starts_at = $2", [ids.providerA, at("10:00")]);
    expect(count.rows[0]).toEqual({ n: 1 });
  });

  it("with ON CONFLICT DO NOTHING, also lets exactly one of 50 through, the others insert nothing", async () => {
    day = 6;
    // Speculative insertion never waits on a rival insert, so a busy slot cannot end in a deadlock (40P01).
    const clients = await Promise.all(Array.from({ length: 50 }, () => test.db.$client.connect()));
    try {
      const results = await Promise.all(
        clients.map((client) =>
          client.query(
            "insert into appointments (patient_id, provider_id, service_id, location_id, starts_at, ends_at) values ($1, $2, $3, $4, $5, $6) on conflict do nothing returning id",
            [ids.patient, ids.providerA, ids.service, ids.location, at("10:00"), at("10:30")],
          ),
        ),
      );
      expect(results.map((result) => result.rowCount).sort()).toEqual([...Array<number>(49).fill(0), 1]);
    } finally {
      for (const client of clients) client.release();
    }
  });
});
