// `pnpm --filter @clinic/db bench`: what the no-overlap exclusion constraint costs. Against a
// throwaway database (embedded, or on TEST_DATABASE_URL's server), N connections insert
// appointments for a few seconds per phase; loopback only, under a minute in all.
import pg from "pg";
import { isExclusionViolation } from "../src/errors";
import { testDatabaseEnv } from "../src/env";
import { createMigratedDatabase, dropDatabase, startTestServer, uniqueDatabaseName } from "../src/testing/test-server";

const CONNECTIONS = 20;
const PHASE_MS = 4_000;
const SLOT_MS = 30 * 60_000;
const BASE = Date.parse("2031-01-06T15:00:00Z");

/** A provider and a patient per connection: a patient cannot hold two overlapping visits either. */
type Fixture = { patientIds: string[]; serviceId: string; locationId: string; providerIds: string[] };
/** rejected: 23P01 raised, or no row inserted under ON CONFLICT DO NOTHING; deadlocks: 40P01. */
type Tally = { inserted: number; rejected: number; deadlocks: number; seconds: number };

const INSERT_COLUMNS = "(patient_id, provider_id, service_id, location_id, starts_at, ends_at)";

async function main(): Promise<void> {
  // Real durability settings, so the figures mean something for a production server.
  const server = await startTestServer({ unsafeFast: false });
  const name = uniqueDatabaseName("clinic_bench");
  try {
    const url = await createMigratedDatabase(server.adminUrl, name);
    const pool = new pg.Pool({ connectionString: url, max: CONNECTIONS });
    try {
      const fixture = await createFixture(pool);
      // Same columns, default values and primary key, but no exclusion constraint (nor FKs/checks).
      await pool.query("create table bench_plain_appointments (like appointments including defaults, primary key (id))");

      const nonConflicting = (table: string) => (worker: number, iteration: number) => ({
        name: `insert_${table}`,
        text: `insert into ${table} ${INSERT_COLUMNS} values ($1, $2, $3, $4, $5, $6)`,
        values: slot(fixture, worker, worker, iteration),
      });
      const constrained = await runPhase(pool, nonConflicting("appointments"));
      const plain = await runPhase(pool, nonConflicting("bench_plain_appointments"));

      // Every worker (each a different patient) tries the one slot provider 0 already holds.
      await pool.query(`insert into appointments ${INSERT_COLUMNS} values ($1, $2, $3, $4, $5, $6)`, slot(fixture, 0, 0, -1));
      const conflicting = await runPhase(pool, (worker) => ({
        name: "insert_conflicting",
        text: `insert into appointments ${INSERT_COLUMNS} values ($1, $2, $3, $4, $5, $6)`,
        values: slot(fixture, 0, worker, -1),
      }));
      // ON CONFLICT DO NOTHING inserts speculatively, which never waits on a rival insert: no deadlocks.
      const skipped = await runPhase(pool, (worker) => ({
        name: "insert_conflicting_do_nothing",
        text: `insert into appointments ${INSERT_COLUMNS} values ($1, $2, $3, $4, $5, $6) on conflict do nothing`,
        values: slot(fixture, 0, worker, -1),
      }));

      const rate = (count: number, tally: Tally) => Math.round(count / tally.seconds);
      const version = (await pool.query<{ server_version: string }>("show server_version")).rows[0]?.server_version;
      console.info(
        [
          "",
          `Appointment inserts, ${CONNECTIONS} concurrent connections, ${PHASE_MS / 1000} s per phase (PostgreSQL ${version}, ${testDatabaseEnv().TEST_DATABASE_URL ? "TEST_DATABASE_URL server" : "embedded"}):`,
          `  constraint-checked inserts          ${rate(constrained.inserted, constrained)}/s`,
          `  plain inserts (no constraint)       ${rate(plain.inserted, plain)}/s`,
          `  ratio constraint-checked / plain    ${(rate(constrained.inserted, constrained) / rate(plain.inserted, plain)).toFixed(2)}`,
          `  conflicting inserts rejected        ${rate(conflicting.rejected + conflicting.deadlocks, conflicting)}/s (${conflicting.rejected} with 23P01, ${conflicting.deadlocks} with 40P01 deadlock; ${conflicting.inserted} wrongly accepted)`,
          `  same, ON CONFLICT DO NOTHING        ${rate(skipped.rejected + skipped.deadlocks, skipped)}/s (${skipped.rejected} skipped, ${skipped.deadlocks} deadlocks; ${skipped.inserted} wrongly accepted)`,
          "",
        ].join("\n"),
      );
      if (conflicting.inserted + skipped.inserted + constrained.rejected + constrained.deadlocks !== 0) process.exitCode = 1;
    } finally {
      await pool.end();
    }
  } finally {
    await dropDatabase(server.adminUrl, name).catch(() => undefined);
    await server.stop();
  }
}

/** Provider `provider`'s `index`-th half-hour slot from BASE (negative: before BASE), for patient `patient`. */
function slot(fixture: Fixture, provider: number, patient: number, index: number): unknown[] {
  const startsAt = new Date(BASE + index * SLOT_MS);
  return [fixture.patientIds[patient]!, fixture.providerIds[provider]!, fixture.serviceId, fixture.locationId, startsAt, new Date(startsAt.getTime() + SLOT_MS)];
}

/** Runs CONNECTIONS workers for PHASE_MS, each on its own connection, counting accepted and 23P01-rejected inserts. */
async function runPhase(pool: pg.Pool, query: (worker: number, iteration: number) => pg.QueryConfig): Promise<Tally> {
  const tally = { inserted: 0, rejected: 0, deadlocks: 0, seconds: 0 };
  const clients = await Promise.all(Array.from({ length: CONNECTIONS }, () => pool.connect()));
  const started = performance.now();
  const deadline = started + PHASE_MS;
  await Promise.all(
    clients.map(async (client, worker) => {
      for (let iteration = 0; performance.now() < deadline; iteration++) {
        try {
          const result = await client.query(query(worker, iteration));
          if (result.rowCount === 1) tally.inserted++;
          else tally.rejected++;
        } catch (error) {
          if (isExclusionViolation(error)) tally.rejected++;
          else if ((error as { code?: string }).code === "40P01") tally.deadlocks++;
          else throw error;
        }
      }
    }),
  ).finally(() => clients.forEach((client) => client.release()));
  tally.seconds = (performance.now() - started) / 1000;
  return tally;
}

async function createFixture(pool: pg.Pool): Promise<Fixture> {
  const one = async (text: string, values: unknown[] = []) => (await pool.query<{ id: string }>(text, values)).rows[0]!.id;
  const locationId = await one(
    "insert into locations (slug, name, address_line1, city, region, postal_code, phone, time_zone) values ('bench', 'Bench', '1 Main St', 'Austin', 'TX', '78701', '(512) 555-0100', 'America/Chicago') returning id",
  );
  const serviceId = await one(
    "insert into services (slug, name, category, duration_minutes, description) values ('bench', 'Bench visit', 'interventional_pain', 30, 'Benchmark.') returning id",
  );
  const patientIds: string[] = [];
  const providerIds: string[] = [];
  for (let index = 0; index < CONNECTIONS; index++) {
    const userId = await one("insert into users (email, name, role, password_hash) values ($1, 'Bench', 'patient', 'x') returning id", [`bench-${index}@example.com`]);
    patientIds.push(await one("insert into patients (user_id) values ($1) returning id", [userId]));
    providerIds.push(
      await one(
        "insert into providers (slug, name, title, bio, disciplines) values ($1, $2, 'MD', 'Benchmark.', '{interventional_pain}') returning id",
        [`bench-${index}`, `Provider ${index}`],
      ),
    );
  }
  return { patientIds, serviceId, locationId, providerIds };
}

const watchdog = setTimeout(() => {
  console.error("Benchmark took longer than 60 s; giving up.");
  process.exit(1);
}, 60_000);
watchdog.unref();

main().catch((error: unknown) => {
  console.error("Benchmark failed:", error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
