import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase } from "./migrate";
import { createTestDatabase, type TestDatabase } from "./testing";

describe("migrations", () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase();
  });
  afterAll(() => test.drop());

  it("create every table and the no-overlap exclusion constraint", async () => {
    const tables = await test.db.$client.query<{ table_name: string }>(
      "select table_name from information_schema.tables where table_schema = 'public' order by table_name",
    );
    expect(tables.rows.map((row) => row.table_name)).toEqual([
      "appointments",
      "article_services",
      "articles",
      "audit_events",
      "auth_sessions",
      "email_outbox",
      "locations",
      "patients",
      "provider_locations",
      "provider_services",
      "providers",
      "services",
      "sign_in_attempts",
      "users",
    ]);
    const constraint = await test.db.$client.query<{ contype: string }>(
      "select contype from pg_constraint where conname = 'appointments_no_provider_overlap'",
    );
    expect(constraint.rows).toEqual([{ contype: "x" }]);
  });

  it("are recorded, and applying them again changes nothing", async () => {
    const before = await test.db.$client.query("select hash from drizzle.__drizzle_migrations order by id");
    expect(before.rowCount).toBeGreaterThan(0);
    await migrateDatabase(test.url);
    const after = await test.db.$client.query("select hash from drizzle.__drizzle_migrations order by id");
    expect(after.rows).toEqual(before.rows);
  });
});
