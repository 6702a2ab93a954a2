import { describe, expect, it } from "vitest";
import { parseWorkerEnv } from "./env";

const DATABASE_URL = "postgres://clinic:s3cret@db.internal:5432/clinic";

describe("parseWorkerEnv", () => {
  it("needs only DATABASE_URL: four jobs at a time, the development email transport", () => {
    expect(parseWorkerEnv({ DATABASE_URL, SMTP_URL: "", WORKER_CONCURRENCY: "" })).toEqual({
      DATABASE_URL,
      WORKER_CONCURRENCY: 4,
      PATIENT_SITE_URL: undefined,
      SMTP_URL: undefined,
      EMAIL_FROM: "Riverbend Pain & Wellness <no-reply@example.com>",
    });
  });

  it("takes the concurrency, patient site URL and SMTP settings", () => {
    expect(
      parseWorkerEnv({
        DATABASE_URL,
        WORKER_CONCURRENCY: "8",
        PATIENT_SITE_URL: "https://book.riverbend.example",
        SMTP_URL: "smtps://mailer:pw@smtp.example.com:465",
        EMAIL_FROM: "Riverbend <care@riverbend.example>",
      }),
    ).toMatchObject({ WORKER_CONCURRENCY: 8, PATIENT_SITE_URL: "https://book.riverbend.example", SMTP_URL: "smtps://mailer:pw@smtp.example.com:465" });
  });

  it("names each bad setting without echoing its value", () => {
    const parse = () => parseWorkerEnv({ DATABASE_URL: "mysql://clinic:s3cret@db", WORKER_CONCURRENCY: "0" });
    expect(parse).toThrow(/^Invalid worker settings: DATABASE_URL must be a postgres:\/\/ URL; WORKER_CONCURRENCY .+\.$/);
    expect(parse).not.toThrow(/s3cret/);
    expect(() => parseWorkerEnv({ DATABASE_URL, SMTP_URL: "https://mailer:s3cret@smtp.example.com" })).toThrow(/^Invalid email settings: SMTP_URL/);
  });
});
