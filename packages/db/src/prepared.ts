import { createHash } from "node:crypto";
import type { SQL } from "drizzle-orm";
import type { Executor } from "./client";

/** What executePrepared needs of drizzle's handle; not in its public types, stable across 0.x. */
type DrizzleInternals = {
  dialect: { sqlToQuery(query: SQL): { sql: string; params: unknown[] } };
  session: {
    prepareQuery(
      query: { sql: string; params: unknown[] },
      fields: undefined,
      name: string,
      isResponseInArrayMode: boolean,
    ): { execute(): Promise<{ rows: unknown[] }> };
  };
};

const names = new Map<string, string>();

/** A name per distinct statement text (PostgreSQL allows 63 bytes); texts are few, so the map stays small. */
function statementName(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `clinic_${createHash("sha1").update(text).digest("hex").slice(0, 32)}`;
    names.set(text, name);
  }
  return name;
}

/**
 * Runs `query` as a named prepared statement and returns its rows: each pool connection has
 * PostgreSQL parse and plan it once (docs/decisions/0002-prepared-statements-and-epoch-ms.md).
 * Values must be parameters (drizzle's `${…}`), never spliced into the text, or every call is a
 * new statement.
 */
export async function executePrepared<Row>(db: Executor, query: SQL): Promise<Row[]> {
  const internals = db as unknown as DrizzleInternals;
  const built = internals.dialect.sqlToQuery(query);
  const result = await internals.session.prepareQuery(built, undefined, statementName(built.sql), false).execute();
  return result.rows as Row[];
}
