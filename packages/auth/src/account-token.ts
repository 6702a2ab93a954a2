import { createHash, randomBytes } from "node:crypto";

/** 256 random bits, URL-safe: unguessable, so the link itself is the proof of the mailbox. */
export function newAccountToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashAccountToken(token) };
}

/**
 * What the database keeps of a token. A fast hash is enough for 256 random bits (nothing to
 * guess); a leaked table still opens no account.
 */
export function hashAccountToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
