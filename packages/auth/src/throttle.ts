import type { Database } from "@clinic/db/client";
import { signInAttempts } from "@clinic/db/schema";
import { and, desc, eq, gt, lt, sql } from "drizzle-orm";
import { ACCOUNT_THROTTLE, IP_THROTTLE, lockedUntil, minutesUntil } from "./throttle-policy";

/** How far back attempts matter; a capped streak needs far less, so this bounds the rows read. */
const LOOKBACK_MS = 24 * 60 * 60_000;
const MAX_ROWS = 200;

/** The throttling key of an account: the email as typed, trimmed and lower-cased (exists or not). */
export function accountKey(email: string): string {
  return email.trim().toLowerCase();
}

export type AttemptStart =
  | { allowed: true; attemptId: string }
  | { allowed: false; lockedUntil: Date; retryAfterMinutes: number };

/**
 * Decides whether a sign-in attempt may check a password, and if so records it — as a failure
 * until `markAttemptSucceeded` says otherwise. Recording first, under a transaction-scoped
 * advisory lock per account and per address, means parallel guesses are counted before any of
 * them is verified, so a burst cannot slip past the limit. Refused attempts are not recorded:
 * waiting out a lock must not extend it.
 */
export async function beginSignInAttempt(
  db: Database,
  attempt: { email: string; ip: string | null },
  now: Date = new Date(),
): Promise<AttemptStart> {
  const emailKey = accountKey(attempt.email);
  const since = new Date(now.getTime() - LOOKBACK_MS);

  return db.transaction(async (tx) => {
    // Always account first, then address: one fixed order cannot deadlock.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`sign-in:account:${emailKey}`}, 0))`);
    if (attempt.ip) {
      await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`sign-in:ip:${attempt.ip}`}, 0))`);
    }

    const accountRows = await tx
      .select({ attemptedAt: signInAttempts.attemptedAt, succeeded: signInAttempts.succeeded })
      .from(signInAttempts)
      .where(and(eq(signInAttempts.emailKey, emailKey), gt(signInAttempts.attemptedAt, since)))
      .orderBy(desc(signInAttempts.attemptedAt))
      .limit(MAX_ROWS);
    // Only failures since the last success count against the account.
    const lastSuccess = accountRows.findIndex((row) => row.succeeded);
    const accountFailures = (lastSuccess === -1 ? accountRows : accountRows.slice(0, lastSuccess)).map(
      (row) => row.attemptedAt,
    );

    // An address's failures count across accounts and are not cleared by a success: otherwise an
    // attacker could reset the count by signing in to an account of their own.
    const ipFailures = attempt.ip
      ? (
          await tx
            .select({ attemptedAt: signInAttempts.attemptedAt })
            .from(signInAttempts)
            .where(
              and(
                eq(signInAttempts.ip, attempt.ip),
                eq(signInAttempts.succeeded, false),
                gt(signInAttempts.attemptedAt, since),
              ),
            )
            .orderBy(desc(signInAttempts.attemptedAt))
            .limit(MAX_ROWS)
        ).map((row) => row.attemptedAt)
      : [];

    const locks = [lockedUntil(accountFailures, ACCOUNT_THROTTLE), lockedUntil(ipFailures, IP_THROTTLE)]
      .filter((until): until is Date => until !== null && until.getTime() > now.getTime())
      .sort((a, b) => b.getTime() - a.getTime());
    const longest = locks[0];
    if (longest) return { allowed: false, lockedUntil: longest, retryAfterMinutes: minutesUntil(longest, now) };

    const [row] = await tx
      .insert(signInAttempts)
      .values({ emailKey, ip: attempt.ip, succeeded: false, attemptedAt: now, createdAt: now })
      .returning({ id: signInAttempts.id });
    if (!row) throw new Error("Could not record the sign-in attempt.");
    return { allowed: true, attemptId: row.id };
  });
}

/** The password was right: this attempt ends the account's failure streak. */
export async function markAttemptSucceeded(db: Database, attemptId: string): Promise<void> {
  await db.update(signInAttempts).set({ succeeded: true }).where(eq(signInAttempts.id, attemptId));
}

/** Deletes attempts too old to matter (run daily); returns how many were removed. */
export async function pruneSignInAttempts(db: Database, now: Date = new Date()): Promise<number> {
  const removed = await db
    .delete(signInAttempts)
    .where(lt(signInAttempts.attemptedAt, new Date(now.getTime() - LOOKBACK_MS)))
    .returning({ id: signInAttempts.id });
  return removed.length;
}
