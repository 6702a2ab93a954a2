import type { Executor } from "../client";
import { accountTokens, auditEvents } from "../schema";
import { and, count, eq, gt, gte, isNull, sql } from "drizzle-orm";

export type AccountTokenPurpose = (typeof accountTokens.$inferSelect)["purpose"];

export async function insertAccountToken(
  db: Executor,
  token: { userId: string; purpose: AccountTokenPurpose; tokenHash: string; expiresAt: Date; returnTo?: string | null },
): Promise<void> {
  await db.insert(accountTokens).values({ ...token, returnTo: token.returnTo ?? null });
}

/** Links of this kind sent to the user since `since` (used or not), for the per-account email limit. */
export async function countAccountTokensSince(db: Executor, userId: string, purpose: AccountTokenPurpose, since: Date): Promise<number> {
  const [row] = await db
    .select({ tokens: count() })
    .from(accountTokens)
    .where(and(eq(accountTokens.userId, userId), eq(accountTokens.purpose, purpose), gte(accountTokens.createdAt, since)));
  return row?.tokens ?? 0;
}

/** The user a live (unused, unexpired) link belongs to, without using it up; null otherwise. */
export async function findLiveAccountToken(db: Executor, purpose: AccountTokenPurpose, tokenHash: string, now: Date) {
  const [row] = await db
    .select({ userId: accountTokens.userId, returnTo: accountTokens.returnTo })
    .from(accountTokens)
    .where(and(eq(accountTokens.tokenHash, tokenHash), eq(accountTokens.purpose, purpose), isNull(accountTokens.usedAt), gt(accountTokens.expiresAt, now)))
    .limit(1);
  return row ?? null;
}

/**
 * Uses up a live link and every other unused link of the same kind of that user, in one statement:
 * of two simultaneous clicks exactly one gets the user back (the row lock serializes them).
 */
export async function consumeAccountToken(
  db: Executor,
  purpose: AccountTokenPurpose,
  tokenHash: string,
  now: Date,
): Promise<{ userId: string; returnTo: string | null } | null> {
  const [used] = await db
    .update(accountTokens)
    .set({ usedAt: now })
    .where(and(eq(accountTokens.tokenHash, tokenHash), eq(accountTokens.purpose, purpose), isNull(accountTokens.usedAt), gt(accountTokens.expiresAt, now)))
    .returning({ userId: accountTokens.userId, returnTo: accountTokens.returnTo });
  if (!used) return null;
  await db
    .update(accountTokens)
    .set({ usedAt: now })
    .where(and(eq(accountTokens.userId, used.userId), eq(accountTokens.purpose, purpose), isNull(accountTokens.usedAt)));
  return used;
}

/** Serializes link requests for one user until the transaction ends, so the per-account limit holds under a burst. */
export async function lockAccountEmails(tx: Executor, userId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`account-email:${userId}`}, 0))`);
}

/** Password-reset requests from `ip` since `since`, read from the audit trail (served by audit_events_action_ip_idx). */
export async function countResetRequestsFrom(db: Executor, ip: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ requests: count() })
    .from(auditEvents)
    .where(and(eq(auditEvents.action, "auth.password_reset_requested"), eq(auditEvents.ip, ip), gte(auditEvents.occurredAt, since)));
  return row?.requests ?? 0;
}
