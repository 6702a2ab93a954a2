import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase } from "./migrate";
import { createTestDatabase, type TestDatabase } from "./testing";

describe("migrations", () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase();
  });
  afterAll(() => test.drop());

  it("create every table and the no-overlap exclusion constraints", async () => {
    const tables = await test.db.$client.query<{ table_name: string }>(
      "select table_name from information_schema.tables where table_schema = 'public' order by table_name",
    );
    expect(tables.rows.map((row) => row.table_name)).toEqual([
      "account_tokens",
      "appointments",
      "article_related",
      "article_revisions",
      "article_services",
      "article_slug_redirects",
      "articles",
      "audit_events",
      "auth_sessions",
      "email_outbox",
      "kept_visits",
      "location_closures",
      "locations",
      "media",
      "mfa_recovery_codes",
      "patients",
      "provider_locations",
      "provider_schedule_exceptions",
      "provider_services",
      "provider_weekly_hours",
      "providers",
      "services",
      "sign_in_attempts",
      "staff_invitations",
      "user_totp",
      "users",
      "webauthn_challenges",
      "webauthn_credentials",
    ]);
    const constraints = await test.db.$client.query<{ conname: string; contype: string }>(
      "select conname, contype from pg_constraint where conname like 'appointments_no_%_overlap' order by conname",
    );
    expect(constraints.rows).toEqual([
      { conname: "appointments_no_patient_overlap", contype: "x" },
      { conname: "appointments_no_provider_overlap", contype: "x" },
    ]);
  });

  it("define the time a provider is held for a visit as an immutable function of its buffers", async () => {
    const volatility = await test.db.$client.query<{ provolatile: string }>(
      "select provolatile from pg_proc where proname = 'appointment_blocked_range'",
    );
    expect(volatility.rows).toEqual([{ provolatile: "i" }]); // an exclusion constraint accepts only IMMUTABLE
    const range = await test.db.$client.query<{ lower: Date; upper: Date; lowerInc: boolean; upperInc: boolean }>(
      `select lower(r) as lower, upper(r) as upper, lower_inc(r) as "lowerInc", upper_inc(r) as "upperInc"
         from appointment_blocked_range('2027-03-14 09:00Z', '2027-03-14 09:30Z', 5, 10) as r`,
    );
    expect(range.rows).toEqual([
      { lower: new Date("2027-03-14T08:55:00Z"), upper: new Date("2027-03-14T09:40:00Z"), lowerInc: true, upperInc: false },
    ]);
  });

  it("install graphile-worker's job queue, so a change can queue a job in its own transaction", async () => {
    const client = await test.db.$client.connect();
    try {
      await client.query("begin");
      await client.query("select graphile_worker.add_job('migration-test', json_build_object('ok', true))");
      const queued = await client.query<{ count: number }>(
        "select count(*)::int as count from graphile_worker.jobs where task_identifier = 'migration-test'",
      );
      expect(queued.rows).toEqual([{ count: 1 }]);
    } finally {
      await client.query("rollback");
      client.release();
    }
  });

  it("are recorded, and applying them again changes nothing", async () => {
    const before = await test.db.$client.query("select hash from drizzle.__drizzle_migrations order by id");
    expect(before.rowCount).toBeGreaterThan(0);
    await migrateDatabase(test.url);
    const after = await test.db.$client.query("select hash from drizzle.__drizzle_migrations order by id");
    expect(after.rows).toEqual(before.rows);
    const worker = await test.db.$client.query<{ count: number }>("select count(*)::int as count from graphile_worker.migrations");
    expect(worker.rows[0]?.count).toBeGreaterThan(0);
  });
});
