// Benchmark of patients.search through the real staff caller (validation, auth, SQL, audit writes)
// on a throwaway database with ~20k patients. `pnpm --filter @clinic/api bench`; bounded < 60 s.
// Uses the embedded test server unless TEST_DATABASE_URL points at another server.
import { createDb } from "@clinic/db/client";
import { createMigratedDatabase, dropDatabase, startTestServer, uniqueDatabaseName } from "@clinic/db/testing";
import { sql } from "drizzle-orm";
import { performance } from "node:perf_hooks";
import { createTRPCContext } from "../src/context";
import { createStaffCaller } from "../src/staff-router";

const PATIENT_COUNT = 20_000;
const WARMUP_CALLS = 10;
const CALLS_PER_QUERY = 150;
const QUERY_BUDGET_MS = 6_000;
const TOTAL_BUDGET_MS = 55_000;

/** Searches a front desk types: part of a name, of an email, phone digits with separators, a rare name. */
const QUERIES = ["rivera", "Maria G", "smith52", "(512) 555-01", "zz-no-match"];

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function main() {
  const started = performance.now();
  const server = await startTestServer();
  const name = uniqueDatabaseName("api_bench");
  const url = await createMigratedDatabase(server.adminUrl, name);
  const db = createDb(url, { max: 4 });
  try {
    const seedStart = performance.now();
    // Names cycle through 20 first × 25 last names, like a real list with many shared surnames.
    await db.execute(sql`
      with people as (
        select g as i,
               (array['Maria','James','Alex','Priya','Tom','Grace','Daniel','Elena','Jordan','Sarah',
                      'Marcus','Maya','Lee','Sam','Ana','Omar','Chen','Fatima','Luis','Nora'])[1 + g % 20] as first,
               (array['Garcia','Smith','Rivera','Shah','Becker','Liu','Reyes','Park','Hayes','Lindqvist','Bell','Okafor',
                      'Nguyen','Kim','Lopez','Haddad','Wang','Khan','Silva','Novak','Brown','Davis','Miller','Wilson','Moore'])[1 + (g / 20) % 25] as last
        from generate_series(1, ${PATIENT_COUNT}) g
      ),
      inserted as (
        insert into users (email, name, role, password_hash)
        select lower(last) || i || '@example.com', first || ' ' || last, 'patient', 'bench-not-a-hash' from people
        returning id, email
      )
      insert into patients (user_id, phone, date_of_birth)
      select id, '(512) 555-' || lpad((abs(hashtext(email)) % 10000)::text, 4, '0'), date '1950-01-01' + (abs(hashtext(email)) % 20000)
      from inserted
    `);
    // Steady state, as autovacuum leaves it: the bulk load sits in the GIN pending lists until a vacuum.
    await db.execute(sql`vacuum analyze users`);
    await db.execute(sql`vacuum analyze patients`);
    const seedMs = performance.now() - seedStart;

    const staff = await db.execute<{ id: string }>(
      sql`insert into users (email, name, role, password_hash) values ('bench-desk@example.com', 'Bench Desk', 'front_desk', 'x') returning id`,
    );
    const deskId = staff.rows[0]?.id ?? "";
    const caller = createStaffCaller(
      createTRPCContext({
        headers: new Headers({ "x-request-id": "bench" }),
        user: { id: deskId, role: "front_desk", name: "Bench Desk", email: "bench-desk@example.com", patientId: null, sessionId: "bench" },
        db,
      }),
    );

    console.info(`patients.search benchmark — ${PATIENT_COUNT} patients seeded in ${(seedMs / 1000).toFixed(1)} s`);
    console.info("query".padEnd(16), "calls".padStart(6), "total".padStart(7), "p50 ms".padStart(8), "p95 ms".padStart(8), "ops/s".padStart(8));
    for (let i = 0; i < WARMUP_CALLS; i++) await caller.patients.search({ query: QUERIES[i % QUERIES.length] ?? "rivera" });

    for (const query of QUERIES) {
      if (performance.now() - started > TOTAL_BUDGET_MS - QUERY_BUDGET_MS) {
        console.warn(`stopping early to stay within ${TOTAL_BUDGET_MS / 1000} s`);
        break;
      }
      const samples: number[] = [];
      let total = 0;
      const queryStart = performance.now();
      while (samples.length < CALLS_PER_QUERY && performance.now() - queryStart < QUERY_BUDGET_MS) {
        const t0 = performance.now();
        const result = await caller.patients.search({ query, page: 1, pageSize: 20 });
        samples.push(performance.now() - t0);
        total = result.total;
      }
      const elapsed = performance.now() - queryStart;
      samples.sort((a, b) => a - b);
      console.info(
        JSON.stringify(query).padEnd(16),
        String(samples.length).padStart(6),
        String(total).padStart(7),
        percentile(samples, 50).toFixed(2).padStart(8),
        percentile(samples, 95).toFixed(2).padStart(8),
        ((samples.length / elapsed) * 1000).toFixed(0).padStart(8),
      );
    }
    console.info(`done in ${((performance.now() - started) / 1000).toFixed(1)} s (sequential calls, one client)`);
  } finally {
    await db.$client.end();
    await dropDatabase(server.adminUrl, name);
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
