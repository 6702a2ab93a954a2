import { afterEach, describe, expect, it, vi } from "vitest";

const SECRET = "a-secret-of-at-least-thirty-two-characters";

/** A fresh copy of ./env (it caches what it validated) with exactly these settings. */
async function envWith(settings: Record<string, string | undefined>) {
  for (const name of ["AUTH_SECRET", "AUTH_TRUST_HOST", "AUTH_URL", "DATABASE_URL", "MFA_ENCRYPTION_KEY", "NODE_ENV"]) vi.stubEnv(name, settings[name] ?? "");
  vi.resetModules();
  return import("./env");
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("auth settings", () => {
  it("trusts the Host header by default outside production, and as AUTH_TRUST_HOST or AUTH_URL says in production", async () => {
    expect((await envWith({ AUTH_SECRET: SECRET, NODE_ENV: "development" })).trustHost()).toBe(true);
    expect((await envWith({ AUTH_SECRET: SECRET, NODE_ENV: "development", AUTH_TRUST_HOST: "false", AUTH_URL: "https://clinic.example" })).trustHost()).toBe(true);
    expect((await envWith({ AUTH_SECRET: SECRET, NODE_ENV: "production", AUTH_TRUST_HOST: "true", MFA_ENCRYPTION_KEY: SECRET })).trustHost()).toBe(true);
    expect((await envWith({ AUTH_SECRET: SECRET, NODE_ENV: "production", AUTH_URL: "https://clinic.example", MFA_ENCRYPTION_KEY: SECRET })).trustHost()).toBe(true);
  });

  it("refuses production without AUTH_TRUST_HOST or AUTH_URL, and AUTH_TRUST_HOST=false without AUTH_URL anywhere", async () => {
    await expect(envWith({ AUTH_SECRET: SECRET, NODE_ENV: "production" }).then((env) => env.authEnv())).rejects.toThrow(/AUTH_URL .*AUTH_TRUST_HOST=true/);
    await expect(envWith({ AUTH_SECRET: SECRET, NODE_ENV: "development", AUTH_TRUST_HOST: "false" }).then((env) => env.authEnv())).rejects.toThrow(/needs AUTH_URL/);
    await expect(envWith({ AUTH_SECRET: SECRET, NODE_ENV: "production", AUTH_TRUST_HOST: "yes" }).then((env) => env.authEnv())).rejects.toThrow('AUTH_TRUST_HOST must be "true" or "false"');
  });

  it("lists every missing server setting as one clause each, naming the variable", async () => {
    const env = await envWith({ NODE_ENV: "production", AUTH_TRUST_HOST: "true" });
    expect(env.serverSettingsProblems()).toEqual([
      "DATABASE_URL is missing (a postgres:// URL)",
      "AUTH_SECRET is missing (make one with `openssl rand -base64 32`); MFA_ENCRYPTION_KEY is missing (make one with `openssl rand -base64 32`)",
    ]);
    const unsure = await envWith({ NODE_ENV: "production" });
    expect(unsure.serverSettingsProblems()).toEqual([
      "DATABASE_URL is missing (a postgres:// URL)",
      expect.stringMatching(/^AUTH_SECRET is missing .*; set AUTH_URL to the app's public URL, or AUTH_TRUST_HOST=true.*; MFA_ENCRYPTION_KEY is missing/),
    ]);
    const short = await envWith({ NODE_ENV: "production", AUTH_TRUST_HOST: "true", AUTH_SECRET: "too-short", DATABASE_URL: "mysql://x", MFA_ENCRYPTION_KEY: SECRET });
    expect(short.serverSettingsProblems()).toEqual([
      expect.stringContaining("DATABASE_URL must be a postgres:// URL"),
      expect.stringContaining("AUTH_SECRET must be at least 32 characters"),
    ]);
    const noKey = await envWith({ NODE_ENV: "production", AUTH_TRUST_HOST: "true", AUTH_SECRET: SECRET, DATABASE_URL: "postgres://u@db/clinic" });
    expect(noKey.serverSettingsProblems()).toEqual(["MFA_ENCRYPTION_KEY is missing (make one with `openssl rand -base64 32`)"]);
    const fine = await envWith({ NODE_ENV: "production", AUTH_TRUST_HOST: "true", AUTH_SECRET: SECRET, DATABASE_URL: "postgres://u@db/clinic", MFA_ENCRYPTION_KEY: SECRET });
    expect(fine.serverSettingsProblems()).toEqual([]);
    const devFallback = await envWith({ NODE_ENV: "development", AUTH_SECRET: SECRET, DATABASE_URL: "postgres://u@db/clinic" });
    expect(devFallback.serverSettingsProblems()).toEqual([]);
  });
});
