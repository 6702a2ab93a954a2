// `pnpm db:seed`: loads the demo clinic into the (migrated) database at DATABASE_URL. Idempotent.
// The demo log-ins have published passwords, so a production database is refused.
import { createDb } from "../src/client";
import { databaseEnv } from "../src/env";
import { seedDemoClinic } from "../src/seed";
import { describeDatabaseUrl } from "./describe-url";

if (process.env.NODE_ENV === "production") {
  console.error("Refusing to seed demo accounts with published passwords while NODE_ENV=production.");
  process.exit(1);
}

try {
  const url = databaseEnv().DATABASE_URL;
  const db = createDb(url, { max: 1 });
  try {
    await seedDemoClinic(db);
  } finally {
    await db.$client.end();
  }
  console.info(`Demo clinic seeded into ${describeDatabaseUrl(url)}.`);
} catch (error) {
  console.error(`Seeding failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
