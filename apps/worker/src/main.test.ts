import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const MAIN = fileURLToPath(new URL("./main.ts", import.meta.url));

/** Starts the worker as `pnpm start` does, with exactly `env` (plus PATH), and waits for it to exit. */
function start(env: Record<string, string>) {
  return spawnSync(process.execPath, ["--import", "tsx", MAIN], { env: { PATH: process.env.PATH ?? "", ...env }, encoding: "utf8", timeout: 20_000 });
}

describe("worker start-up", () => {
  it("refuses to start in production without its settings, in one sentence naming them and no secret", () => {
    const result = start({ NODE_ENV: "production", DATABASE_URL: "postgres://clinic:s3cret@127.0.0.1:1/clinic", EMAIL_FROM: "Clinic <mail@example.com>" });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      "worker: could not start: The worker will not start in production (NODE_ENV=production) without SMTP_URL, PATIENT_SITE_URL: set them (see apps/worker/README.md).",
    );
    expect(result.stderr).not.toContain("s3cret");
    expect(result.stdout).not.toContain("worker: ready");
  });
});
