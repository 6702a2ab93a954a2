import { afterEach, describe, expect, it, vi } from "vitest";

const SERVER = {
  DATABASE_URL: "postgres://u@db/clinic",
  AUTH_SECRET: "a-secret-of-at-least-thirty-two-characters",
  AUTH_TRUST_HOST: "true",
  MFA_ENCRYPTION_KEY: "another-secret-of-at-least-thirty-two-characters",
};

/** A fresh copy of ./env (validated on import, and auth caches what it validated) with exactly these settings. */
async function envWith(settings: Record<string, string>) {
  for (const name of ["NODE_ENV", "PATIENT_SITE_URL", "STAFF_ADMIN_URL", "SKIP_ENV_VALIDATION", "NEXT_PHASE", "npm_lifecycle_event", ...Object.keys(SERVER)]) {
    vi.stubEnv(name, settings[name] ?? "");
  }
  vi.resetModules();
  return import("./env");
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("patient site settings", () => {
  it("needs PATIENT_SITE_URL and STAFF_ADMIN_URL in production only; elsewhere links point at the local apps", async () => {
    const production = await envWith({ ...SERVER, NODE_ENV: "production" });
    expect(production.settingsProblems()).toEqual([expect.stringMatching(/^PATIENT_SITE_URL is missing/), expect.stringMatching(/^STAFF_ADMIN_URL is missing/)]);

    const development = await envWith({ ...SERVER, NODE_ENV: "development" });
    expect(development.settingsProblems()).toEqual([]);
    expect(development.siteUrl().origin).toBe("http://localhost:3000");

    const configured = await envWith({ ...SERVER, NODE_ENV: "production", PATIENT_SITE_URL: "https://care.example.org", STAFF_ADMIN_URL: "https://staff.care.example.org" });
    expect(configured.settingsProblems()).toEqual([]);
    expect(configured.siteUrl().origin).toBe("https://care.example.org");
  });

  it("refuses a PATIENT_SITE_URL that is not an http(s) URL, naming it", async () => {
    await expect(envWith({ ...SERVER, NODE_ENV: "production", PATIENT_SITE_URL: "ftp://care.example.org" })).rejects.toThrow(
      "PATIENT_SITE_URL must be the site's public http(s):// URL",
    );
  });
});
