import { describe, expect, it } from "vitest";
import { DEFAULT_EMAIL_FROM, parseEmailEnv } from "./env";

describe("parseEmailEnv", () => {
  it("needs nothing in development: JSON transport, the clinic's sender, worker on", () => {
    expect(parseEmailEnv({ SMTP_URL: "" })).toEqual({ SMTP_URL: undefined, EMAIL_FROM: DEFAULT_EMAIL_FROM, OUTBOX_WORKER: "on" });
    expect(DEFAULT_EMAIL_FROM).toBe("Riverbend Pain & Wellness <no-reply@example.com>");
  });

  it("accepts smtp and smtps URLs and the worker switch", () => {
    expect(parseEmailEnv({ SMTP_URL: "smtps://mailer:s3cret@smtp.example.com:465", OUTBOX_WORKER: "off" })).toMatchObject({
      SMTP_URL: "smtps://mailer:s3cret@smtp.example.com:465",
      OUTBOX_WORKER: "off",
    });
  });

  it("names each bad setting without echoing its value (SMTP_URL holds a password)", () => {
    const parse = () => parseEmailEnv({ SMTP_URL: "https://mailer:s3cret@smtp.example.com", OUTBOX_WORKER: "no" });
    expect(parse).toThrow('Invalid email settings: SMTP_URL must be an smtp:// or smtps:// URL; OUTBOX_WORKER must be "on" or "off".');
    expect(parse).not.toThrow(/s3cret/);
  });
});
