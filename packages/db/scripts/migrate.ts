// `pnpm db:migrate`: applies pending migrations to the database at DATABASE_URL (production deploys
// run this before starting the apps; `pnpm dev` and the tests migrate on their own).
import { databaseEnv } from "../src/env";
import { migrateDatabase } from "../src/migrate";
import { describeDatabaseUrl } from "../src/describe-url";

try {
  const url = databaseEnv().DATABASE_URL;
  await migrateDatabase(url);
  console.info(`Migrations are up to date on ${describeDatabaseUrl(url)}.`);
} catch (error) {
  console.error(`Migration failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
