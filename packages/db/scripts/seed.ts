// `pnpm db:seed`: loads the demo clinic into the (migrated) database at DATABASE_URL. Idempotent.
// The demo log-ins have published passwords, so production is refused (src/seed/guard.ts, shared with `pnpm dev`).
import { createDb } from "../src/client";
import { describeDatabaseUrl } from "../src/describe-url";
import { databaseEnv, scriptEnv } from "../src/env";
import { seedDemoClinic } from "../src/seed";
import { demoSeedRefusal } from "../src/seed/guard";

try {
  const url = databaseEnv().DATABASE_URL;
  const settings = scriptEnv();
  const refusal = demoSeedRefusal({ databaseUrl: url, nodeEnv: settings.NODE_ENV, allowRemote: settings.ALLOW_DEMO_SEED_REMOTE });
  if (refusal) {
    console.error(refusal);
    process.exit(1);
  }
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
