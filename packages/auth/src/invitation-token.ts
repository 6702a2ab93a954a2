import { createHash, randomBytes } from "node:crypto";

/** A new invitation token (256 random bits, URL-safe) and the SHA-256 the database keeps instead of it. */
export function newInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInvitationToken(token) };
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A token as it can appear in a link: anything else is refused before the database is asked. */
export function isWellFormedInvitationToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}

/**
 * The staff admin's public address, for links in invitation emails: AUTH_URL (which each app sets to its
 * own URL in production), else the development address. Never the request's Host header, which a client chooses.
 */
export function staffAdminInvitationUrl(token: string, env: Record<string, string | undefined> = process.env): string {
  // Read here, not through authEnv(): the link needs no secret, and AUTH_URL's format is checked at start-up.
  const base = env.AUTH_URL || undefined;
  if (!base && env.NODE_ENV === "production") {
    throw new Error("Set AUTH_URL to the staff admin's public URL: invitation links are built from it.");
  }
  return new URL(`/invitation/${token}`, base ?? "http://localhost:3001").toString();
}
