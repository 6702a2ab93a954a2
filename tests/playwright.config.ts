import { defineConfig, devices } from "@playwright/test";
import { BROWSER_ENV } from "./browser";
import { PATIENT_SITE_URL, STAFF_ADMIN_URL } from "./fixtures/apps";

/**
 * Browser tests against the BUILT apps (`pnpm start`: server.mjs for the patient site, `next start` for the staff admin), started here on 3000 and 3001, and the background
 * worker (`pnpm --filter @clinic/worker start`), so emails are really delivered and reminders run. Run them
 * through `pnpm --filter @clinic/tests e2e` (run-e2e.ts), which creates and seeds a fresh database and sets
 * DATABASE_URL and AUTH_SECRET; running `playwright test` directly needs those two set by hand.
 */

const isCI = Boolean(process.env.CI);

function appEnv(origin: string): Record<string, string> {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  return {
    ...inherited,
    DATABASE_URL: process.env.DATABASE_URL ?? "",
    AUTH_SECRET: process.env.AUTH_SECRET ?? "",
    AUTH_TRUST_HOST: "true",
    // Next's server fills X-Forwarded-For with the socket address, so one hop makes per-address limits apply as behind a proxy.
    TRUSTED_PROXY_HOPS: "1",
    // Each app signs its own redirects; both run on localhost, so one shared AUTH_URL would be wrong for one of them.
    AUTH_URL: origin,
    // Either app emails password reset links to the app the account signs in to.
    PATIENT_SITE_URL,
    STAFF_ADMIN_URL,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    // Shared by both apps: the staff app signs on-demand refreshes and draft-preview links with it.
    REVALIDATE_SECRET: process.env.REVALIDATE_SECRET || "e2e-revalidate-secret-not-for-production-use",
    // Seals authenticator secrets at rest (each run's database is new, so a fixed test key is enough).
    MFA_ENCRYPTION_KEY: process.env.MFA_ENCRYPTION_KEY || "e2e-mfa-encryption-key-not-for-production-use",
  };
}

const chromium = {
  ...devices["Desktop Chrome"],
  // The browser run-e2e.ts found or installed (browser.ts); unset means Playwright's own download.
  launchOptions: {
    executablePath: process.env[BROWSER_ENV] || undefined,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  },
};

export default defineConfig({
  testDir: ".",
  testMatch: ["patient/**/*.spec.ts", "staff/**/*.spec.ts", "journeys/**/*.spec.ts"],
  fullyParallel: false,
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  workers: 2,
  reporter: "list",
  // axe runs every check at two viewports on a 2-core machine: a page-heavy test needs more than a minute.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  use: {
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
  },
  projects: [
    { name: "patient-site", testMatch: "patient/**/*.spec.ts", use: { ...chromium, baseURL: PATIENT_SITE_URL } },
    { name: "staff-admin", testMatch: "staff/**/*.spec.ts", use: { ...chromium, baseURL: STAFF_ADMIN_URL } },
    // Journeys cross both apps and use absolute URLs (fixtures/apps.ts).
    { name: "journeys", testMatch: "journeys/**/*.spec.ts", use: { ...chromium } },
  ],
  webServer: [
    {
      name: "patient-site",
      command: "pnpm --filter @clinic/patient-site start",
      url: `${PATIENT_SITE_URL}/`,
      // A production server refuses to start without its public URL.
      env: { ...appEnv(PATIENT_SITE_URL), PATIENT_SITE_URL },
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "ignore",
      stderr: "pipe",
      gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
    },
    {
      name: "staff-admin",
      command: "pnpm --filter @clinic/staff-admin start",
      // The sign-in page answers 200 without a session; "/" would redirect there anyway.
      url: `${STAFF_ADMIN_URL}/sign-in`,
      // PATIENT_SITE_URL: where approved articles are refreshed and drafts previewed.
      env: { ...appEnv(STAFF_ADMIN_URL), PATIENT_SITE_URL },
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "ignore",
      stderr: "pipe",
      gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
    },
    {
      name: "worker",
      command: "pnpm --filter @clinic/worker start",
      // No port to poll: the worker prints this line once it takes jobs.
      wait: { stdout: /worker: ready/ },
      // Same database; PATIENT_SITE_URL for the links in reminder emails. Not "production": with no SMTP
      // server here, emails go to the JSON transport, which the worker refuses in production.
      env: { ...appEnv(PATIENT_SITE_URL), PATIENT_SITE_URL, NODE_ENV: "test" },
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: "ignore",
      stderr: "pipe",
      gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
    },
  ],
});
