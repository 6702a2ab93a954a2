import { describe, expect, it } from "vitest";
import { DEFAULT_EMAIL_FROM, parseEmailEnv } from "./env";

describe("parseEmailEnv", () => {
  it("needs nothing in development: JSON transport and the clinic's sender", () => {
    expect(parseEmailEnv({ SMTP_URL: "" })).toEqual({ SMTP_URL: undefined, EMAIL_FROM: DEFAULT_EMAIL_FROM });
    expect(DEFAULT_EMAIL_FROM).toBe("Riverbend Pain & Wellness <no-reply@example.com>");
  });

  it("accepts smtp and smtps URLs and a sender", () => {
    expect(parseEmailEnv({ SMTP_URL: "smtps://mailer:s3cret@smtp.example.com:465", EMAIL_FROM: "Clinic <mail@example.com>" })).toEqual({
      SMTP_URL: "smtps://mailer:s3cret@smtp.example.com:465",
      EMAIL_FROM: "Clinic <mail@example.com>",
    });
  });

  it("names each bad setting without echoing its value (SMTP_URL holds a password)", () => {
    const parse = () => parseEmailEnv({ SMTP_URL: "https://mailer:s3cret@smtp.example.com", EMAIL_FROM: "x" });
    expect(parse).toThrow(/^Invalid email settings: SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL; EMAIL_FROM .+\.$/);
    expect(parse).not.toThrow(/s3cret/);
  });
});
