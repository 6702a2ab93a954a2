/**
 * Finds a Chromium for Playwright, or installs one where that can be done without asking anyone:
 * the e2e runner calls `ensureChromium()`, so the README's one test command works on a fresh machine.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

/** Where Debian, Ubuntu and Google put a Chromium-family browser. */
const SYSTEM_BROWSERS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome-stable",
  "/usr/bin/google-chrome",
  "/snap/bin/chromium",
];

/** Env variable naming a browser to use instead of searching (set by run-e2e for playwright.config.ts). */
export const BROWSER_ENV = "E2E_CHROMIUM_PATH";

export type FoundBrowser = { executablePath: string } | { playwrightManaged: true };

/** A browser Playwright downloaded itself (`playwright install chromium`), in its default cache. */
function playwrightCacheHasChromium(): boolean {
  const cache = process.env.PLAYWRIGHT_BROWSERS_PATH ?? join(homedir(), ".cache", "ms-playwright");
  return existsSync(cache) && readdirSync(cache).some((name) => name.startsWith("chromium"));
}

export function findChromium(env: NodeJS.ProcessEnv = process.env): FoundBrowser | null {
  const given = env[BROWSER_ENV];
  if (given) return existsSync(given) ? { executablePath: given } : null;
  const system = SYSTEM_BROWSERS.find((path) => existsSync(path));
  if (system) return { executablePath: system };
  return playwrightCacheHasChromium() ? { playwrightManaged: true } : null;
}

function run(command: string, args: string[]): boolean {
  console.info(`e2e: running ${[command, ...args].join(" ")}`);
  return spawnSync(command, args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } }).status === 0;
}

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
const isDebian = existsSync("/etc/debian_version") && existsSync("/usr/bin/apt-get");

/** The exact command a person should run when we may not install a browser ourselves. */
export function installAdvice(): string {
  if (isDebian) return "sudo apt-get update && sudo apt-get install -y chromium";
  return "pnpm --filter @clinic/tests exec playwright install --with-deps chromium";
}

/**
 * A browser to run the tests with. Missing: as root on Debian (CI, containers) installs the distribution's
 * chromium with apt-get; elsewhere tries Playwright's own download (needs no root). If neither works it
 * returns the command for a person to run.
 */
export function ensureChromium(): FoundBrowser | { missing: string } {
  const found = findChromium();
  if (found) return found;
  if (process.env[BROWSER_ENV]) return { missing: `${BROWSER_ENV}=${process.env[BROWSER_ENV]} does not exist.` };
  if (isRoot && isDebian) {
    console.info("e2e: no Chromium found; installing Debian's chromium package.");
    if (run("apt-get", ["update", "-qq"]) && run("apt-get", ["install", "-y", "-qq", "chromium"])) {
      const installed = findChromium();
      if (installed) return installed;
    }
  } else if (!isDebian) {
    console.info("e2e: no Chromium found; asking Playwright to download its own.");
    if (run(join(import.meta.dirname, "node_modules", ".bin", "playwright"), ["install", "chromium"])) {
      const installed = findChromium();
      if (installed) return installed;
    }
  }
  return { missing: `No Chromium or Chrome was found and none could be installed here. Run:\n\n    ${installAdvice()}\n\nthen run the tests again.` };
}
