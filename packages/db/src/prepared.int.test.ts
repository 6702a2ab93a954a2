import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executePrepared } from "./prepared";
import { locations } from "./schema";
import { createTestDatabase, type TestDatabase } from "./testing";

// executePrepared reaches into drizzle's internals (dialect.sqlToQuery, session.prepareQuery): a
// drizzle upgrade that moves them must fail here, not in the hot paths that use it.
describe("executePrepared", () => {
  let test: TestDatabase;
  beforeAll(async () => {
    // One connection, so pg_prepared_statements shows what this test's statements left on it.
    test = await createTestDatabase({ max: 1 });
    await test.db.insert(locations).values([
      { slug: "north", name: "North", addressLine1: "1 Main St", city: "Austin", region: "TX", postalCode: "78701", phone: "512", timeZone: "America/Chicago" },
      { slug: "south", name: "South", addressLine1: "2 Main St", city: "Austin", region: "TX", postalCode: "78702", phone: "512", timeZone: "America/Chicago" },
    ]);
  });
  afterAll(() => test.drop());

  const bySlug = (slug: string) => sql`select ${locations.name} as name, ${locations.timeZone} as time_zone from ${locations} where ${locations.slug} = ${slug}`;

  it("runs a statement with its parameters and returns rows by column name, on every call", async () => {
    expect(await executePrepared(test.db, bySlug("north"))).toEqual([{ name: "North", time_zone: "America/Chicago" }]);
    expect(await executePrepared(test.db, bySlug("south"))).toEqual([{ name: "South", time_zone: "America/Chicago" }]);
    expect(await executePrepared(test.db, bySlug("east"))).toEqual([]);
  });

  it("prepares one named statement per text, reused whatever the values", async () => {
    await executePrepared(test.db, bySlug("north"));
    const prepared = await test.db.$client.query<{ name: string; statement: string; parameter_types: string }>(
      "select name, statement, parameter_types::text from pg_prepared_statements where name like 'clinic\\_%' order by name",
    );
    expect(prepared.rows).toHaveLength(1);
    const [statement] = prepared.rows;
    expect(statement?.name).toMatch(/^clinic_[0-9a-f]{32}$/);
    expect(statement?.statement).toContain('"locations"."slug" = $1');
  });

  it("works inside a transaction, on the transaction's connection", async () => {
    let seen: { name: string }[] = [];
    const rolledBack = await test.db
      .transaction(async (tx) => {
        await tx.execute(sql`update ${locations} set ${sql.identifier(locations.name.name)} = 'North (moved)' where ${locations.slug} = 'north'`);
        seen = await executePrepared<{ name: string }>(tx, bySlug("north"));
        tx.rollback();
      })
      .then(
        () => false,
        (error: unknown) => error instanceof Error && error.message === "Rollback",
      );
    expect(rolledBack).toBe(true);
    // The read inside saw the transaction's own uncommitted row; after the rollback it is gone.
    expect(seen).toEqual([{ name: "North (moved)", time_zone: "America/Chicago" }]);
    expect(await executePrepared(test.db, bySlug("north"))).toEqual([{ name: "North", time_zone: "America/Chicago" }]);
  });
});
