import { sql } from "drizzle-orm";
import { bigint, check, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { id, timestamps } from "./columns";
import { userRole, users } from "./people";
import { providers } from "./clinic";

/**
 * A user's authenticator-app (TOTP) second factor. `pending_secret` is the secret shown at enrolment until a
 * code from it is confirmed; `last_used_step` is the newest 30-second step a code was accepted for, so a
 * code is never accepted twice (docs/decisions/0085).
 */
export const userTotp = pgTable("user_totp", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  /** Base32 secret of the confirmed authenticator; null until enrolment is confirmed. */
  secret: text("secret"),
  enabledAt: timestamp("enabled_at", { withTimezone: true }),
  pendingSecret: text("pending_secret"),
  pendingCreatedAt: timestamp("pending_created_at", { withTimezone: true }),
  lastUsedStep: bigint("last_used_step", { mode: "number" }).notNull().default(0),
  ...timestamps,
});

/** One-time recovery codes: SHA-256 of a high-entropy code; `used_at` set when it is spent. */
export const mfaRecoveryCodes = pgTable(
  "mfa_recovery_codes",
  {
    id: id(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: text("code_hash").notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    ...timestamps,
  },
  (t) => [uniqueIndex("mfa_recovery_codes_user_hash_unique").on(t.userId, t.codeHash)],
);

/**
 * An administrator's invitation to a staff account: single use, 72 hours, the token stored as its SHA-256
 * (docs/decisions/0084). At most one pending invitation per email.
 */
export const staffInvitations = pgTable(
  "staff_invitations",
  {
    id: id(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    role: userRole("role").notNull(),
    /** For role provider: the provider record the new account signs in as. */
    providerId: uuid("provider_id").references(() => providers.id),
    tokenHash: text("token_hash").notNull().unique(),
    invitedBy: uuid("invited_by")
      .notNull()
      .references(() => users.id),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    acceptedUserId: uuid("accepted_user_id").references(() => users.id),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("staff_invitations_pending_email_unique")
      .on(sql`lower(${t.email})`)
      .where(sql`${t.acceptedAt} is null and ${t.revokedAt} is null`),
    index("staff_invitations_created_idx").on(t.createdAt),
    check("staff_invitations_not_patient", sql`${t.role} <> 'patient'`),
  ],
);
