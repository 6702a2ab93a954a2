import { fileURLToPath } from "node:url";
import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";

/** packages/db/migrations, found from this file so that any working directory works. */
export const MIGRATIONS_FOLDER = fileURLToPath(new URL("../migrations", import.meta.url));

/**
 * Applies every migration in packages/db/migrations that the database has not seen yet
 * (drizzle records them in drizzle.__drizzle_migrations), in one transaction.
 */
export async function migrateDatabase(url: string): Promise<void> {
  // One connection: migrations run in order, and nothing is left open afterwards.
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  // "schema drizzle already exists, skipping" and similar notices are expected on every run.
  pool.on("connect", (client) => client.on("notice", () => undefined));
  try {
    await migrate(drizzle(pool), { migrationsFolder: MIGRATIONS_FOLDER });
  } finally {
    await pool.end();
  }
}
