// The root `pnpm dev`: a database (embedded PostgreSQL unless DATABASE_URL is set), migrations, the
// demo seed, then both apps and the background worker (reminders, email, housekeeping) through
// turbo, all on the same DATABASE_URL. Set CLINIC_DEV_SKIP_APPS=1 to stop after the seed (used to
// check this script without the apps). Settings come from src/env.ts (scriptEnv).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { CLINIC_PROFILE } from "@clinic/domain/clinic/clinic-profile";
import { ROLE_LABELS } from "@clinic/domain/people/roles";
import { createDb } from "../src/client";
import { EmbeddedPostgresAlreadyRunning, startEmbeddedPostgres } from "../src/embedded";
import { describeDatabaseUrl } from "../src/describe-url";
import { InvalidSettings, scriptEnv, type ScriptEnv } from "../src/env";
import { migrateDatabase } from "../src/migrate";
import { DEMO_ACCOUNTS, seedDemoClinic } from "../src/seed";
import { demoSeedRefusal } from "../src/seed/guard";

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const DATA_DIR = join(REPO_ROOT, ".data");
const EMBEDDED_PORT = 54320;
const DATABASE_NAME = "clinic";
const LOCAL_PATIENT_SITE_URL = "http://localhost:3000";
const LOCAL_STAFF_ADMIN_URL = "http://localhost:3001";

type Database = { url: string; embedded: boolean; stop(): Promise<void> };

/** Thrown for a refusal that says everything itself (no "could not start:" prefix needed). */
class Refused extends Error {}

async function main(): Promise<void> {
  const settings = scriptEnv();
  // Checked before anything starts: the same guard as `pnpm db:seed`.
  const refusal = demoSeedRefusal({ databaseUrl: settings.DATABASE_URL, nodeEnv: settings.NODE_ENV, allowRemote: settings.ALLOW_DEMO_SEED_REMOTE });
  if (refusal) throw new Refused(refusal);
  const database = await openDatabase(settings);
  try {
    await migrateDatabase(database.url);
    const db = createDb(database.url, { max: 2 });
    try {
      await seedDemoClinic(db);
    } finally {
      await db.$client.end();
    }
  } catch (error) {
    await database.stop();
    throw error;
  }

  printBanner(database);
  if (settings.CLINIC_DEV_SKIP_APPS) {
    console.info("CLINIC_DEV_SKIP_APPS=1: not starting the apps.");
    await database.stop();
    return;
  }
  runApps(database, settings);
}

async function openDatabase(settings: ScriptEnv): Promise<Database> {
  if (settings.DATABASE_URL) return { url: settings.DATABASE_URL, embedded: false, stop: async () => undefined };
  console.info(`Starting the embedded PostgreSQL (data in .data/postgres, port ${EMBEDDED_PORT})…`);
  const server = await startEmbeddedPostgres({ dataDir: join(DATA_DIR, "postgres"), port: EMBEDDED_PORT });
  try {
    await server.ensureDatabase(DATABASE_NAME);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { url: server.urlFor(DATABASE_NAME), embedded: true, stop: () => server.stop() };
}

/** AUTH_SECRET from the environment, else one generated on first run and kept in .data/auth-secret. */
function authSecret(settings: ScriptEnv): string {
  if (settings.AUTH_SECRET) return settings.AUTH_SECRET;
  const file = join(DATA_DIR, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(DATA_DIR, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

function printBanner(database: Database): void {
  const headings = ["Role", "Email", "Password", "Authenticator key (staff)"];
  const rows = DEMO_ACCOUNTS.map((account) => [ROLE_LABELS[account.role], account.email, account.password, "totpSecret" in account ? account.totpSecret : "-"]);
  const widths = [0, 1, 2, 3].map((column) => Math.max(...rows.map((row) => row[column]!.length), headings[column]!.length));
  const line = (cells: string[]) => `  ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join("   ")}`.trimEnd();
  console.info(
    [
      "",
      `  ${CLINIC_PROFILE.name} — development`,
      "",
      `  Patient site   ${LOCAL_PATIENT_SITE_URL}`,
      `  Staff admin    ${LOCAL_STAFF_ADMIN_URL}`,
      "  Worker         reminders, email delivery, housekeeping (emails land on staff admin's Outbox page)",
      `  Database       ${database.embedded ? database.url : describeDatabaseUrl(database.url)}${database.embedded ? " (embedded)" : ""}`,
      "",
      "  Demo log-ins:",
      line(headings),
      line(widths.map((width) => "-".repeat(width))),
      ...rows.map(line),
      "",
      "  Staff sign-in asks for a code: add the key to an authenticator app (\"enter a setup key\", time-based).",
      "",
    ].join("\n"),
  );
}

function runApps(database: Database, settings: ScriptEnv): void {
  // turbo itself rather than `pnpm exec turbo`: through pnpm, one Ctrl-C reaches turbo twice, and turbo
  // takes the second for "exit forcefully" and kills the apps and the worker mid-job.
  const apps = spawn(
    join(REPO_ROOT, "node_modules", ".bin", "turbo"),
    ["run", "dev", "--filter=@clinic/patient-site", "--filter=@clinic/staff-admin", "--filter=@clinic/worker"],
    {
      cwd: REPO_ROOT,
      stdio: "inherit",
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        AUTH_SECRET: authSecret(settings),
        AUTH_TRUST_HOST: "true",
        NEXT_TELEMETRY_DISABLED: "1",
        PATIENT_SITE_URL: settings.PATIENT_SITE_URL ?? LOCAL_PATIENT_SITE_URL,
        STAFF_ADMIN_URL: settings.STAFF_ADMIN_URL ?? LOCAL_STAFF_ADMIN_URL,
      },
    },
  );

  // First Ctrl-C: let the apps and the worker shut down, then the database. A second one stops the database now.
  let signalled = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (signalled) {
      void database.stop().then(() => process.exit(130));
      return;
    }
    signalled = true;
    apps.kill(signal);
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, onSignal);

  apps.on("error", (error) => {
    console.error(`Could not start the apps and the worker: ${error.message}`);
    void database.stop().then(() => process.exit(1));
  });
  apps.on("exit", (code, signal) => {
    void database.stop().then(() => process.exit(code ?? (signal ? 130 : 1)));
  });
}

main().catch((error: unknown) => {
  if (error instanceof EmbeddedPostgresAlreadyRunning || error instanceof Refused || error instanceof InvalidSettings) {
    console.error(`\n${error.message}\n`);
  } else {
    console.error("\n`pnpm dev` could not start:", error instanceof Error ? error.message : error, "\n");
  }
  process.exit(1);
});
