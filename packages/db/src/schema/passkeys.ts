import { sql } from "drizzle-orm";
import { bigint, check, index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { bytea, id, timestamps } from "./columns";
import { authSessions, users } from "./people";

/**
 * A passkey (WebAuthn credential) a person added as a second factor beside their authenticator app
 * (docs/decisions/0097). The credential id is the authenticator's (base64url), unique across accounts.
 */
export const webauthnCredentials = pgTable(
  "webauthn_credentials",
  {
    id: id(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    credentialId: text("credential_id").notNull(),
    /** COSE public key as the authenticator sent it. */
    publicKey: bytea("public_key").notNull(),
    /** The authenticator's signature counter; 0 for authenticators that do not count. */
    signCount: bigint("sign_count", { mode: "number" }).notNull().default(0),
    /** Hints the browser gave (internal, hybrid, usb…), offered back when asking for this credential. */
    transports: text("transports").array().notNull().default(sql`'{}'::text[]`),
    /** The name the person gave it ("Work laptop"). */
    name: text("name").notNull(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("webauthn_credentials_credential_id_unique").on(t.credentialId),
    index("webauthn_credentials_user_idx").on(t.userId),
    check("webauthn_credentials_name_length", sql`char_length(${t.name}) between 1 and 60`),
    check("webauthn_credentials_sign_count_nonnegative", sql`${t.signCount} >= 0`),
  ],
);

/**
 * The challenge of the one WebAuthn ceremony a session has under way (adding a passkey, or signing in with
 * one): single use (deleted when read), valid for a few minutes, and bound to the session that asked.
 */
export const webauthnChallenges = pgTable(
  "webauthn_challenges",
  {
    sessionId: uuid("session_id")
      .notNull()
      .references(() => authSessions.id, { onDelete: "cascade" }),
    purpose: text("purpose").notNull(),
    challenge: text("challenge").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.sessionId, t.purpose] }),
    check("webauthn_challenges_purpose", sql`${t.purpose} in ('register', 'sign_in')`),
    check("webauthn_challenges_short_lived", sql`${t.expiresAt} <= ${t.createdAt} + interval '5 minutes'`),
  ],
);
