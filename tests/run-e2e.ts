/**
 * `pnpm --filter @clinic/tests e2e` (turbo runs it after both apps are built):
 * a fresh, migrated and seeded database on the test server (embedded PostgreSQL by default,
 * TEST_DATABASE_URL for another server), then Playwright against the built apps' `pnpm start` (the patient site's server.mjs, the staff app's `next start`), with the
 * background worker beside them (playwright.config.ts starts all three on DATABASE_URL).
 * Extra arguments go to `playwright test` (e.g. `-- staff/ --headed`). Always cleans up.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { connect } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { seedDemoDatabase } from "@clinic/db/seed";
import { createMigratedDatabase, dropDatabase, startTestServer, uniqueDatabaseName } from "@clinic/db/testing";
import { BROWSER_ENV, ensureChromium } from "./browser";

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(here, "..");
const APPS = [
  { name: "@clinic/patient-site", dir: "apps/patient-site", port: 3000 },
  { name: "@clinic/staff-admin", dir: "apps/staff-admin", port: 3001 },
];

function fail(message: string): never {
  console.error(`\ne2e: ${message}\n`);
  process.exit(1);
}

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: "127.0.0.1" });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

async function checkPreconditions(): Promise<NodeJS.ProcessEnv> {
  const unbuilt = APPS.filter((app) => !existsSync(join(repoRoot, app.dir, ".next", "BUILD_ID")));
  if (unbuilt.length > 0) {
    fail(
      `${unbuilt.map((app) => app.name).join(" and ")} ${unbuilt.length > 1 ? "are" : "is"} not built. ` +
        "The browser tests run against the built apps (`pnpm start`); build first with `pnpm build` " +
        "(or run `pnpm turbo run e2e`, which builds the apps before this task).",
    );
  }
  for (const app of APPS) {
    if (await portInUse(app.port)) {
      fail(`port ${app.port} (${app.name}) is already in use. Stop \`pnpm dev\` or whatever listens there, then retry.`);
    }
  }
  const browser = ensureChromium();
  if ("missing" in browser) fail(browser.missing);
  return "executablePath" in browser ? { [BROWSER_ENV]: browser.executablePath } : {};
}

function runPlaywright(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const bin = join(here, "node_modules", ".bin", "playwright");
  const child = spawn(bin, ["test", ...args], { cwd: here, env, stdio: "inherit" });
  // Ctrl-C reaches Playwright too (same process group); on SIGTERM we pass it on. Either way we wait for it, then clean up.
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on("SIGINT", forward);
  process.on("SIGTERM", forward);
  return new Promise((resolve) => {
    child.once("error", (error) => {
      console.error(`e2e: could not start Playwright: ${error.message}`);
      resolve(1);
    });
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function main(): Promise<number> {
  const browserEnv = await checkPreconditions();
  const started = Date.now();

  const server = await startTestServer();
  const cleanups: (() => Promise<void>)[] = [() => server.stop()];
  try {
    const name = uniqueDatabaseName("clinic_e2e");
    cleanups.unshift(() => dropDatabase(server.adminUrl, name));
    const url = await createMigratedDatabase(server.adminUrl, name);

    await seedDemoDatabase(url);
    console.info(`e2e: database ${name} migrated and seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    return await runPlaywright(process.argv.slice(2).filter((arg) => arg !== "--"), {
      ...process.env,
      ...browserEnv,
      DATABASE_URL: url,
      // A fresh secret per run unless one is given: sessions of earlier runs must not carry over.
      AUTH_SECRET: process.env.AUTH_SECRET ?? randomBytes(32).toString("base64url"),
      AUTH_TRUST_HOST: "true",
      NEXT_TELEMETRY_DISABLED: "1",
    });
  } finally {
    for (const cleanup of cleanups) {
      await cleanup().catch((error: unknown) =>
        console.error(`e2e: clean-up step failed: ${error instanceof Error ? error.message : String(error)}`),
      );
    }
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`e2e: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
