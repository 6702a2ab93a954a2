import { fileURLToPath } from "node:url";
import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import { Logger, runMigrations } from "graphile-worker";
import pg from "pg";

/** packages/db/migrations, found from this file so that any working directory works. */
export const MIGRATIONS_FOLDER = fileURLToPath(new URL("../migrations", import.meta.url));

/**
 * Applies every migration in packages/db/migrations that the database has not seen yet
 * (drizzle records them in drizzle.__drizzle_migrations), in one transaction, then installs or
 * upgrades graphile-worker's job-queue schema (`graphile_worker.add_job` and friends), so every
 * migrated database — development, test templates, production — can queue jobs.
 */
export async function migrateDatabase(url: string): Promise<void> {
  // One connection: migrations run in order, and nothing is left open afterwards.
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  // "schema drizzle already exists, skipping" and similar notices are expected on every run.
  pool.on("connect", (client) => client.on("notice", () => undefined));
  // A connection lost while idle between steps fails the next step's query, which is reported;
  // without a listener node-postgres would crash the process instead (graphile-worker checks).
  pool.on("error", () => undefined);
  try {
    await migrate(drizzle(pool), { migrationsFolder: MIGRATIONS_FOLDER });
    // graphile-worker keeps its own migration history (graphile_worker.migrations) and takes a lock,
    // so concurrent runs and re-runs are safe.
    await runMigrations({ pgPool: pool, logger: quietLogger });
  } finally {
    await pool.end();
  }
}

/** graphile-worker reports each step at info/debug level; only its warnings and errors matter here. */
const quietLogger = new Logger(() => (level, message) => {
  if (level === "error") console.error(`graphile-worker: ${message}`);
  else if (level === "warning") console.warn(`graphile-worker: ${message}`);
});
