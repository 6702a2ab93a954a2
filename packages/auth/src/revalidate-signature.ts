import { createHmac, timingSafeEqual } from "node:crypto";

/** Body the staff app POSTs to the patient site's `/api/revalidate`. */
export interface RevalidationRequest {
  paths: string[];
}

/** The path that refreshes every page of the patient site: clinic settings show in every page's footer. */
export const EVERY_PATIENT_PAGE = "/*";

/** Header carrying `hex(hmac-sha256(secret, body))` of the exact request body. */
export const REVALIDATE_SIGNATURE_HEADER = "x-revalidate-signature";

function hmacHex(secret: string, body: string): string {
  return createHmac("sha256", secret).update(body, "utf8").digest("hex");
}

/** Signs a revalidation body: lower-case hex HMAC-SHA256 of the body under the shared secret. */
export function signRevalidation(secret: string, body: string): string {
  return hmacHex(secret, body);
}

/** Checks a revalidation signature in constant time; any malformed signature is simply false. */
export function verifyRevalidation(secret: string, body: string, signature: string): boolean {
  if (!/^[0-9a-f]{64}$/i.test(signature)) return false;
  const expected = Buffer.from(hmacHex(secret, body), "hex");
  const given = Buffer.from(signature, "hex");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** How long a draft preview link stays valid. */
export const PREVIEW_LINK_TTL_MS = 60 * 60 * 1000;

/**
 * Signs a draft-preview token for one revision: `<revisionId>.<expiresAtMs>.<hex hmac>`.
 * The token holds no personal data; it only names a revision and when the link stops working.
 */
export function signPreview(secret: string, revisionId: string, expiresAtMs: number): string {
  const payload = `${revisionId}.${expiresAtMs}`;
  return `${payload}.${hmacHex(secret, `preview:${payload}`)}`;
}

/** Returns the revision id of a valid, unexpired preview token, or null (bad signature, expired, malformed). */
export function verifyPreview(secret: string, token: string, nowMs: number): string | null {
  const match = /^([0-9a-f-]{36})\.(\d{1,15})\.([0-9a-f]{64})$/i.exec(token);
  if (!match) return null;
  const [, revisionId, expires, signature] = match as unknown as [string, string, string, string];
  const expected = Buffer.from(hmacHex(secret, `preview:${revisionId}.${expires}`), "hex");
  const given = Buffer.from(signature, "hex");
  if (!timingSafeEqual(given, expected)) return null;
  return Number(expires) > nowMs ? revisionId : null;
}
