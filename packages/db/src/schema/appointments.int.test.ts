import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isExclusionViolation } from "../errors";
import { createTestDatabase, type TestDatabase } from "../testing";
import { appointments, locations, patients, providers, services, users } from "./index";

type AppointmentStatus = (typeof appointments.$inferInsert)["status"];
type Booking = { patient?: string; status?: AppointmentStatus; before?: number; after?: number };

let test: TestDatabase;
let ids: { providerA: string; providerB: string; service: string; location: string };
// Each test works on its own day so that tests stay independent within the one database.
let day = 0;
const at = (hhmm: string) => new Date(`2030-01-${String(day).padStart(2, "0")}T${hhmm}:00Z`);

beforeAll(async () => {
  test = await createTestDatabase();
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
  ids = { providerA: insertedProviders[0]!.id, providerB: insertedProviders[1]!.id, service: service!.id, location: location!.id };
});
afterAll(() => test.drop());

async function newPatient(): Promise<string> {
  const [user] = await test.db.insert(users).values({ email: `${randomUUID()}@example.test`, name: "P", role: "patient", passwordHash: "x" }).returning();
  const [patient] = await test.db.insert(patients).values({ userId: user!.id }).returning();
  return patient!.id;
}

/** Books `provider` from `from` to `to` (UTC, on the test's day); a new patient unless one is given. */
async function book(provider: string, from: string, to: string, options: Booking = {}) {
  const [row] = await test.db
    .insert(appointments)
    .values({
      patientId: options.patient ?? (await newPatient()),
      providerId: provider,
      serviceId: ids.service,
      locationId: ids.location,
      startsAt: at(from),
      endsAt: at(to),
      status: options.status ?? "booked",
      bufferBeforeMinutes: options.before ?? 0,
      bufferAfterMinutes: options.after ?? 0,
    })
    .returning({ id: appointments.id });
  return row!;
}

const failure = async (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error);

describe("appointments_no_provider_overlap (exclusion constraint)", () => {
  it("rejects an overlapping active appointment of the same provider with 23P01", async () => {
    day = 1;
    await book(ids.providerA, "10:00", "10:30");
    for (const [from, to] of [["10:00", "10:30"], ["10:15", "10:45"], ["09:45", "10:15"], ["09:00", "11:00"]] as const) {
      const error = await failure(book(ids.providerA, from, to));
      expect(isExclusionViolation(error, "appointments_no_provider_overlap"), `${from}-${to}`).toBe(true);
    }
    for (const status of ["checked_in", "completed"] as const) {
      expect(isExclusionViolation(await failure(book(ids.providerA, "10:10", "10:20", { status })))).toBe(true);
    }
  });

  it("allows back-to-back appointments without buffers (half-open ranges)", async () => {
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
    await book(ids.providerA, "10:00", "10:30", { status: "cancelled", after: 30 });
    await book(ids.providerA, "10:00", "10:30", { status: "no_show" });
    await expect(book(ids.providerA, "10:00", "10:30")).resolves.toBeDefined();
    // …and a cancelled one may be added over an active one.
    await expect(book(ids.providerA, "10:00", "10:30", { status: "cancelled" })).resolves.toBeDefined();
  });

  it("holds the provider for the buffer after a visit", async () => {
    day = 7;
    await book(ids.providerA, "10:00", "10:30", { after: 10 }); // held 10:00–10:40
    const inBuffer = await failure(book(ids.providerA, "10:30", "11:00"));
    expect(isExclusionViolation(inBuffer, "appointments_no_provider_overlap")).toBe(true);
    // Its own buffer before (10:35) reaches into the 10:40 buffer end.
    const buffersOverlap = await failure(book(ids.providerA, "10:40", "11:10", { before: 5 }));
    expect(isExclusionViolation(buffersOverlap, "appointments_no_provider_overlap")).toBe(true);
    // A buffer that ends exactly where the next one begins is fine: [10:00, 10:40) then [10:40, …).
    await expect(book(ids.providerA, "10:45", "11:15", { before: 5 })).resolves.toBeDefined();
  });

  it("holds the provider for the buffer before a visit", async () => {
    day = 8;
    await book(ids.providerA, "13:00", "13:30", { before: 15 }); // held 12:45–13:30
    const inBuffer = await failure(book(ids.providerA, "12:30", "12:50"));
    expect(isExclusionViolation(inBuffer, "appointments_no_provider_overlap")).toBe(true);
    await expect(book(ids.providerA, "12:15", "12:45")).resolves.toBeDefined();
    // Buffer after touching the next visit's buffer before: [13:30, 13:40) and [13:40, …).
    await expect(book(ids.providerA, "13:30", "13:35", { after: 5 })).resolves.toBeDefined();
    await expect(book(ids.providerA, "13:50", "14:20", { before: 10 })).resolves.toBeDefined();
    expect(isExclusionViolation(await failure(book(ids.providerA, "13:50", "14:20", { before: 11 })))).toBe(true);
  });
});

describe("appointments_no_patient_overlap (exclusion constraint)", () => {
  it("stops one patient holding overlapping visits with different providers", async () => {
    day = 9;
    const patient = await newPatient();
    await book(ids.providerA, "10:00", "10:30", { patient });
    const error = await failure(book(ids.providerB, "10:15", "10:45", { patient }));
    expect(isExclusionViolation(error, "appointments_no_patient_overlap")).toBe(true);
  });

  it("compares the visits alone: the providers' buffers are not the patient's time", async () => {
    day = 10;
    const patient = await newPatient();
    await book(ids.providerA, "10:00", "10:30", { patient, after: 15 });
    await expect(book(ids.providerB, "10:30", "11:00", { patient, before: 15 })).resolves.toBeDefined();
  });

  it("ignores the patient's cancelled and no-show visits", async () => {
    day = 11;
    const patient = await newPatient();
    await book(ids.providerA, "10:00", "10:30", { patient, status: "cancelled" });
    await book(ids.providerA, "10:00", "10:30", { patient, status: "no_show" });
    await expect(book(ids.providerB, "10:00", "10:30", { patient })).resolves.toBeDefined();
  });
});

describe("concurrent bookings of one slot", () => {
  const ATTEMPTS = 100;
  const CONNECTIONS = 25;
  const insert =
    "insert into appointments (patient_id, provider_id, service_id, location_id, starts_at, ends_at, buffer_after_minutes) values ($1, $2, $3, $4, $5, $6, 10)";
  let racers: pg.Pool;
  let patientIds: string[];

  beforeAll(async () => {
    // Separate sessions, all opened before the race so the inserts really run at the same time.
    // Plain concurrent inserts into an exclusion constraint can wait on each other in a cycle;
    // PostgreSQL then aborts one with 40P01 after deadlock_timeout (1 s by default, lowered here so
    // a loaded machine resolves the cycles quickly). Either way the booking is refused.
    racers = new pg.Pool({ connectionString: test.url, max: CONNECTIONS, options: "-c deadlock_timeout=100ms" });
    const clients = await Promise.all(Array.from({ length: CONNECTIONS }, () => racers.connect()));
    for (const client of clients) client.release();
    // A different patient per attempt, so only the provider's constraint decides.
    patientIds = await Promise.all(Array.from({ length: ATTEMPTS }, () => newPatient()));
  });
  afterAll(() => racers.end());

  it(`lets exactly one of ${ATTEMPTS} through; the others are refused with 23P01 (or 40P01)`, { timeout: 90_000 }, async () => {
    day = 5;
    const results = await Promise.allSettled(
      patientIds.map((patientId) => racers.query(insert, [patientId, ids.providerA, ids.service, ids.location, at("10:00"), at("10:30")])),
    );
    const rejected = results.filter((result) => result.status === "rejected");
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(rejected).toHaveLength(ATTEMPTS - 1);
    const reasons = rejected.map((result) =>
      isExclusionViolation(result.reason, "appointments_no_provider_overlap") ? "23P01" : (result.reason as { code?: string }).code,
    );
    // Under load every loser can end as a deadlock victim: the eventual winner was itself waiting
    // on rivals' uncommitted rows until they were aborted. Callers must treat 40P01 as "taken" too.
    expect(reasons.every((code) => code === "23P01" || code === "40P01")).toBe(true);
    const count = await test.db.$client.query("select count(*)::int as n from appointments where provider_id = $1 and starts_at >= $2 and starts_at < $3", [
      ids.providerA,
      at("00:00"),
      at("23:59"),
    ]);
    expect(count.rows[0]).toEqual({ n: 1 });
  });

  it(`with ON CONFLICT DO NOTHING, also lets exactly one of ${ATTEMPTS} through, the others insert nothing`, { timeout: 90_000 }, async () => {
    day = 6;
    // Speculative insertion never waits on a rival insert, so a busy slot cannot end in a deadlock (40P01).
    // Starts 5 minutes apart: every visit with its 10-minute buffer after overlaps every other one.
    const starts = ["10:00", "10:05", "10:10", "10:15", "10:20", "10:25", "10:30", "10:35"];
    const results = await Promise.all(
      patientIds.map((patientId, index) => {
        const start = at(starts[index % starts.length]!);
        const end = new Date(start.getTime() + 30 * 60_000);
        return racers.query(`${insert} on conflict do nothing returning id`, [patientId, ids.providerA, ids.service, ids.location, start, end]);
      }),
    );
    expect(results.map((result) => result.rowCount).sort()).toEqual([...Array<number>(ATTEMPTS - 1).fill(0), 1]);
  });
});
