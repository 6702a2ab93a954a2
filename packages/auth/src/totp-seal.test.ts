import { describe, expect, it } from "vitest";
import type { AuthEnv } from "./env";
import { openTotpSecret, sealKeys, sealTotpSecret } from "./totp-seal";

const SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
const ALICE = "0b5f6a4e-1111-4c1e-9d2a-000000000001";
const BOB = "0b5f6a4e-1111-4c1e-9d2a-000000000002";

const env = (settings: Partial<AuthEnv>): AuthEnv => ({
  AUTH_SECRET: "an-auth-secret-of-at-least-thirty-two-characters",
  AUTH_STAFF_IDLE_MINUTES: 30,
  AUTH_PATIENT_IDLE_MINUTES: 60,
  AUTH_STAFF_MAX_AGE_MINUTES: 720,
  AUTH_PATIENT_MAX_AGE_MINUTES: 43200,
  NODE_ENV: "production",
  ...settings,
});

const KEY_A = "key-a-0123456789-0123456789-0123456789";
const KEY_B = "key-b-0123456789-0123456789-0123456789";

describe("sealed authenticator secrets", () => {
  const keys = sealKeys(env({ MFA_ENCRYPTION_KEY: KEY_A }));

  it("stores no trace of the secret and opens it again for the same user", () => {
    const sealed = sealTotpSecret(SECRET, ALICE, keys);
    expect(sealed).toMatch(/^v1\.[0-9a-f]{8}\.[\w-]+\.[\w-]+$/);
    expect(sealed).not.toContain(SECRET.slice(0, 8));
    expect(openTotpSecret(sealed, ALICE, keys)).toEqual({ secret: SECRET, stale: false });
    // A fresh IV each time: two seals of one secret differ.
    expect(sealTotpSecret(SECRET, ALICE, keys)).not.toBe(sealed);
  });

  it("refuses another user's row, a tampered value and an unknown key", () => {
    const sealed = sealTotpSecret(SECRET, ALICE, keys);
    expect(openTotpSecret(sealed, BOB, keys)).toBeNull();
    const [format, id, iv, body] = sealed.split(".") as [string, string, string, string];
    const flipped = Buffer.from(body, "base64url");
    flipped[0] = flipped[0]! ^ 1;
    expect(openTotpSecret([format, id, iv, flipped.toString("base64url")].join("."), ALICE, keys)).toBeNull();
    expect(openTotpSecret(sealed, ALICE, sealKeys(env({ MFA_ENCRYPTION_KEY: KEY_B })))).toBeNull();
    expect(openTotpSecret("v1.deadbeef.x.y", ALICE, keys)).toBeNull();
    expect(openTotpSecret("v2.something", ALICE, keys)).toBeNull();
    expect(openTotpSecret(`${sealed}.extra`, ALICE, keys)).toBeNull();
  });

  it("opens rows from before sealing and from the previous key as stale, to be sealed again on use", () => {
    expect(openTotpSecret(SECRET, ALICE, keys)).toEqual({ secret: SECRET, stale: true });
    const underA = sealTotpSecret(SECRET, ALICE, keys);
    const rotated = sealKeys(env({ MFA_ENCRYPTION_KEY: KEY_B, MFA_ENCRYPTION_KEY_PREVIOUS: KEY_A }));
    expect(openTotpSecret(underA, ALICE, rotated)).toEqual({ secret: SECRET, stale: true });
    expect(openTotpSecret(sealTotpSecret(SECRET, ALICE, rotated), ALICE, rotated)).toEqual({ secret: SECRET, stale: false });
  });

  it("derives a key of its own from AUTH_SECRET when no MFA key is set (development and tests)", () => {
    const fallback = sealKeys(env({ NODE_ENV: "development" }));
    const sealed = sealTotpSecret(SECRET, ALICE, fallback);
    expect(openTotpSecret(sealed, ALICE, fallback)?.secret).toBe(SECRET);
    expect(openTotpSecret(sealed, ALICE, keys)).toBeNull();
  });
});
