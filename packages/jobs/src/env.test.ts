import { describe, expect, it } from "vitest";
import { DEFAULT_EMAIL_FROM, emailLinkSettingsProblems, parseJobsEnv, parseWorkerEnv } from "./env";

const DATABASE_URL = "postgres://clinic:s3cret@db.internal:5432/clinic";
const PRODUCTION = {
  NODE_ENV: "production",
  DATABASE_URL,
  SMTP_URL: "smtps://mailer:s3cret@smtp.example.com:465",
  EMAIL_FROM: "Clinic <mail@example.com>",
  PATIENT_SITE_URL: "https://book.riverbend.example",
};

describe("parseJobsEnv", () => {
  it("needs nothing in development: JSON transport, the clinic's sender, the local patient site", () => {
    expect(parseJobsEnv({ SMTP_URL: "", PATIENT_SITE_URL: "" })).toEqual({
      SMTP_URL: undefined,
      EMAIL_FROM: DEFAULT_EMAIL_FROM,
      PATIENT_SITE_URL: "http://localhost:3000",
      STAFF_ADMIN_URL: "http://localhost:3001",
    });
    expect(DEFAULT_EMAIL_FROM).toBe("Riverbend Pain & Wellness <no-reply@example.com>");
  });

  it("accepts smtp and smtps URLs, a sender and the patient site's URL", () => {
    expect(parseJobsEnv(PRODUCTION)).toEqual({
      SMTP_URL: "smtps://mailer:s3cret@smtp.example.com:465",
      EMAIL_FROM: "Clinic <mail@example.com>",
      PATIENT_SITE_URL: "https://book.riverbend.example",
      STAFF_ADMIN_URL: "http://localhost:3001",
    });
    expect(parseJobsEnv({ ...PRODUCTION, STAFF_ADMIN_URL: "https://staff.riverbend.example" }).STAFF_ADMIN_URL).toBe("https://staff.riverbend.example");
  });

  it("names each bad setting without echoing its value (SMTP_URL holds a password)", () => {
    const parse = () => parseJobsEnv({ SMTP_URL: "https://mailer:s3cret@smtp.example.com", EMAIL_FROM: "x", PATIENT_SITE_URL: "ftp://example.com" });
    expect(parse).toThrow(/^Invalid email and worker settings: SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL; EMAIL_FROM .+; PATIENT_SITE_URL .+\.$/);
    expect(parse).not.toThrow(/s3cret/);
  });
});

describe("parseWorkerEnv", () => {
  it("needs only DATABASE_URL in development: four jobs at a time, the development email transport", () => {
    expect(parseWorkerEnv({ DATABASE_URL, SMTP_URL: "", WORKER_CONCURRENCY: "" })).toEqual({
      DATABASE_URL,
      WORKER_CONCURRENCY: 4,
      PATIENT_SITE_URL: "http://localhost:3000",
      STAFF_ADMIN_URL: "http://localhost:3001",
      SMTP_URL: undefined,
      EMAIL_FROM: DEFAULT_EMAIL_FROM,
    });
    expect(() => parseWorkerEnv({})).toThrow("The worker will not start without DATABASE_URL: set it (see apps/worker/README.md).");
  });

  it("takes every setting in production, and refuses to start with any missing, in one sentence naming them", () => {
    expect(parseWorkerEnv({ ...PRODUCTION, WORKER_CONCURRENCY: "8" })).toEqual({
      DATABASE_URL,
      WORKER_CONCURRENCY: 8,
      SMTP_URL: PRODUCTION.SMTP_URL,
      EMAIL_FROM: PRODUCTION.EMAIL_FROM,
      PATIENT_SITE_URL: PRODUCTION.PATIENT_SITE_URL,
      STAFF_ADMIN_URL: "http://localhost:3001",
    });
    expect(() => parseWorkerEnv({ ...PRODUCTION, SMTP_URL: "", PATIENT_SITE_URL: undefined })).toThrow(
      "The worker will not start in production (NODE_ENV=production) without SMTP_URL, PATIENT_SITE_URL: set them (see apps/worker/README.md).",
    );
    expect(() => parseWorkerEnv({ ...PRODUCTION, EMAIL_FROM: "" })).toThrow(/without EMAIL_FROM: set it/);
  });

  it("names each bad setting without echoing its value", () => {
    const parse = () => parseWorkerEnv({ DATABASE_URL: "mysql://clinic:s3cret@db", WORKER_CONCURRENCY: "0" });
    expect(parse).toThrow(/^Invalid email and worker settings: DATABASE_URL must be a postgres:\/\/ URL; WORKER_CONCURRENCY .+\.$/);
    expect(parse).not.toThrow(/s3cret/);
  });
});

describe("emailLinkSettingsProblems", () => {
  it("asks for both public URLs in production only, since either app emails links to either", () => {
    expect(emailLinkSettingsProblems({})).toEqual([]);
    expect(emailLinkSettingsProblems({ NODE_ENV: "production", PATIENT_SITE_URL: "https://book.example" })).toEqual([
      "STAFF_ADMIN_URL is missing (the staff admin's public URL, for links in emails)",
    ]);
    expect(emailLinkSettingsProblems({ NODE_ENV: "production", PATIENT_SITE_URL: "https://book.example", STAFF_ADMIN_URL: "https://staff.example" })).toEqual([]);
  });
});
