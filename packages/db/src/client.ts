import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import pg from "pg";
import { databaseEnv } from "./env";
import * as schema from "./schema";

export type Database = NodePgDatabase<typeof schema> & { $client: pg.Pool };
/** A database handle or an open transaction on it; queries accept either. */
export type Executor = Database | Parameters<Parameters<Database["transaction"]>[0]>[0];

export function createDb(connectionString: string, options: { max?: number } = {}): Database {
  const pool = new pg.Pool({ connectionString, max: options.max ?? 10 });
  // An idle client that errors (server restart) must not crash the process.
  pool.on("error", (error) => console.error("postgres pool error:", error.message));
  return drizzle(pool, { schema, casing: "snake_case" });
}

let shared: Database | undefined;

/**
 * The app-wide handle, created on first use from the validated DATABASE_URL so that
 * `next build` can import modules without a database.
 */
export function getDb(): Database {
  shared ??= createDb(databaseEnv().DATABASE_URL);
  return shared;
}
