import { ROLES } from "@clinic/domain/people/roles";
import { sql } from "drizzle-orm";
import { boolean, check, date, index, inet, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { id, timestamps } from "./columns";

export const userRole = pgEnum("user_role", ROLES);

export const users = pgTable(
  "users",
  {
    id: id(),
    /** Stored as typed; uniqueness and look-ups are on lower(email). */
    email: text("email").notNull(),
    name: text("name").notNull(),
    role: userRole("role").notNull(),
    passwordHash: text("password_hash").notNull(),
    emailVerifiedAt: timestamp("email_verified_at", { withTimezone: true }),
    disabledAt: timestamp("disabled_at", { withTimezone: true }),
    /** Sessions created before this instant are no longer valid. */
    passwordChangedAt: timestamp("password_changed_at", { withTimezone: true }).notNull().defaultNow(),
    ...timestamps,
  },
  (t) => [uniqueIndex("users_email_lower_unique").on(sql`lower(${t.email})`)],
);

/**
 * A patient record. `user_id` is null for a record the front desk made (no online account yet);
 * such a record carries its own `name` and optional `email`, which an account's take over from
 * once it is claimed (reads use coalesce(users.name, patients.name), see queries/patients.ts).
 */
export const patients = pgTable(
  "patients",
  {
    id: id(),
    userId: uuid("user_id")
      .unique()
      .references(() => users.id, { onDelete: "cascade" }),
    /** The name of a record without an account (the account's name wins when there is one). */
    name: text("name"),
    /** The email of a record without an account, optional. */
    email: text("email"),
    dateOfBirth: date("date_of_birth", { mode: "string" }),
    phone: text("phone"),
    ...timestamps,
  },
  (t) => [
    index("patients_phone_idx").on(t.phone),
    index("patients_date_of_birth_idx").on(t.dateOfBirth),
    index("patients_name_trgm_idx").using("gin", sql`${t.name} gin_trgm_ops`),
    check("patients_account_or_name", sql`${t.userId} is not null or ${t.name} is not null`),
  ],
);

/**
 * Server-side session state. The JWT cookie only carries the session id; every request checks
 * this row, so sign-out, disabling a user or a password change take effect on the next request,
 * and several app instances share the same state.
 */
export const authSessions = pgTable(
  "auth_sessions",
  {
    id: id(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    /** Absolute lifetime: the session ends here however active it is. */
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    /** When the second factor was proven in this session; a session that needs one is not honoured before. */
    mfaVerifiedAt: timestamp("mfa_verified_at", { withTimezone: true }),
    ip: inet("ip"),
    userAgent: text("user_agent"),
    ...timestamps,
  },
  (t) => [index("auth_sessions_user_idx").on(t.userId)],
);

/** One row per sign-in attempt; throttling counts recent failures per account key and per IP. */
export const signInAttempts = pgTable(
  "sign_in_attempts",
  {
    id: id(),
    /** lower(email) as typed, whether or not such a user exists. */
    emailKey: text("email_key").notNull(),
    ip: inet("ip"),
    succeeded: boolean("succeeded").notNull(),
    attemptedAt: timestamp("attempted_at", { withTimezone: true }).notNull().defaultNow(),
    ...timestamps,
  },
  (t) => [
    index("sign_in_attempts_email_idx").on(t.emailKey, t.attemptedAt),
    index("sign_in_attempts_ip_idx").on(t.ip, t.attemptedAt),
  ],
);

export const accountTokenPurpose = pgEnum("account_token_purpose", ["email_verification", "password_reset"]);

/**
 * Single-use links sent by email (verify an address, reset a password). Only the SHA-256 of the
 * token is stored, so a copy of the database cannot be used to take over an account.
 */
export const accountTokens = pgTable(
  "account_tokens",
  {
    id: id(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: accountTokenPurpose("purpose").notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    /** A path on the patient site to continue to afterwards (e.g. a booking waiting for confirmation). */
    returnTo: text("return_to"),
    ...timestamps,
  },
  (t) => [index("account_tokens_user_idx").on(t.userId, t.purpose, t.createdAt)],
);
