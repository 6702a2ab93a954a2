import { createHash, randomBytes } from "node:crypto";
import { RECOVERY_CODE_COUNT } from "@clinic/domain/people/second-factor";
import { Secret, TOTP } from "otpauth";
import QRCode from "qrcode";

/** RFC 6238 as every authenticator app reads it: SHA-1, 6 digits, 30-second steps. */
const PERIOD_SECONDS = 30;
const ISSUER = "Riverbend clinic";

function totpOf(secret: string, label = "account"): TOTP {
  return new TOTP({ issuer: ISSUER, label, algorithm: "SHA1", digits: 6, period: PERIOD_SECONDS, secret: Secret.fromBase32(secret) });
}

/** A new 160-bit secret (RFC 4226's recommended length), base32 as apps expect it. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The time step `code` belongs to (this one, or one either side for clock drift), or null. */
export function matchTotpStep(secret: string, code: string, now: Date = new Date()): number | null {
  const delta = totpOf(secret).validate({ token: code, timestamp: now.getTime(), window: 1 });
  if (delta === null) return null;
  return Math.floor(now.getTime() / 1000 / PERIOD_SECONDS) + delta;
}

/** The otpauth:// URI an app scans, labelled with the account's email. */
export function totpUri(secret: string, accountLabel: string): string {
  return totpOf(secret, accountLabel).toString();
}

/** The QR code of that URI as an SVG data URL (the CSP allows `img-src data:`; nothing leaves the server). */
export async function totpQrDataUrl(uri: string): Promise<string> {
  const svg = await QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
}

/** "JBSW Y3DP …": the secret in groups of four, for typing into an app by hand. */
export function groupedSecret(secret: string): string {
  return secret.replace(/(.{4})/g, "$1 ").trim();
}

const BASE32 = "abcdefghijklmnopqrstuvwxyz234567";

/**
 * Ten recovery codes of 50 random bits each ("abcde-fghij"), and their SHA-256 hashes to store. At that
 * entropy a fast hash is enough: no one can search 2^50 per code, and slow hashing would add nothing.
 */
export function newRecoveryCodes(): { codes: string[]; hashes: string[] } {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const bytes = randomBytes(10);
    const chars = [...bytes].map((byte) => BASE32[byte & 31]).join("");
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
  return { codes, hashes: codes.map((code) => hashRecoveryCode(code)) };
}

/** The stored form of a recovery code, from the code as typed (dashes, spaces and case ignored). */
export function hashRecoveryCode(code: string): string {
  return createHash("sha256").update(code.replace(/[\s-]+/g, "").toLowerCase()).digest("hex");
}
