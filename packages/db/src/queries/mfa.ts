import { and, count, eq, isNotNull, isNull, lt } from "drizzle-orm";
import type { Executor } from "../client";
import { authSessions, mfaRecoveryCodes, userTotp, webauthnCredentials } from "../schema";

/** A user's authenticator state: confirmed secret, the secret awaiting confirmation, the last step used. */
export async function findTotp(db: Executor, userId: string) {
  const [row] = await db
    .select({
      secret: userTotp.secret,
      enabledAt: userTotp.enabledAt,
      pendingSecret: userTotp.pendingSecret,
      pendingCreatedAt: userTotp.pendingCreatedAt,
      lastUsedStep: userTotp.lastUsedStep,
    })
    .from(userTotp)
    .where(eq(userTotp.userId, userId))
    .limit(1);
  return row ?? null;
}

/**
 * Starts (or restarts) enrolment with a new secret (stored sealed, see @clinic/auth/totp-seal); a confirmed
 * authenticator stays in force until replaced.
 */
export async function setPendingTotpSecret(db: Executor, userId: string, sealedSecret: string, now: Date): Promise<void> {
  await db
    .insert(userTotp)
    .values({ userId, pendingSecret: sealedSecret, pendingCreatedAt: now })
    .onConflictDoUpdate({ target: userTotp.userId, set: { pendingSecret: sealedSecret, pendingCreatedAt: now, updatedAt: now } });
}

/**
 * Makes the pending secret the authenticator (as `sealedSecret`), if the pending value is still
 * `storedPending` (a second tab may have replaced it), and records `step` as used. False when nothing changed.
 */
export async function confirmPendingTotp(
  db: Executor,
  userId: string,
  change: { storedPending: string; sealedSecret: string; step: number },
  now: Date,
): Promise<boolean> {
  const rows = await db
    .update(userTotp)
    .set({ secret: change.sealedSecret, enabledAt: now, pendingSecret: null, pendingCreatedAt: null, lastUsedStep: change.step, updatedAt: now })
    .where(and(eq(userTotp.userId, userId), eq(userTotp.pendingSecret, change.storedPending)))
    .returning({ userId: userTotp.userId });
  return rows.length === 1;
}

/**
 * Spends a time step: true only if no code of this or a later step was accepted before, so a code
 * (or an older one) cannot be replayed — also when two requests race, the row update decides.
 * `resealedSecret` replaces a secret stored under an old key (or before sealing) in the same update.
 */
export async function consumeTotpStep(db: Executor, userId: string, step: number, now: Date, resealedSecret?: string): Promise<boolean> {
  const rows = await db
    .update(userTotp)
    .set({ lastUsedStep: step, updatedAt: now, ...(resealedSecret ? { secret: resealedSecret } : {}) })
    .where(and(eq(userTotp.userId, userId), isNotNull(userTotp.enabledAt), lt(userTotp.lastUsedStep, step)))
    .returning({ userId: userTotp.userId });
  return rows.length === 1;
}

/** Replaces every recovery code of a user with these hashes (enrolment, or new codes on request). */
export async function replaceRecoveryCodes(db: Executor, userId: string, codeHashes: readonly string[]): Promise<void> {
  await db.delete(mfaRecoveryCodes).where(eq(mfaRecoveryCodes.userId, userId));
  if (codeHashes.length > 0) await db.insert(mfaRecoveryCodes).values(codeHashes.map((codeHash) => ({ userId, codeHash })));
}

/** Spends one unused recovery code; false when it is unknown or already used. */
export async function consumeRecoveryCode(db: Executor, userId: string, codeHash: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(mfaRecoveryCodes)
    .set({ usedAt: now, updatedAt: now })
    .where(and(eq(mfaRecoveryCodes.userId, userId), eq(mfaRecoveryCodes.codeHash, codeHash), isNull(mfaRecoveryCodes.usedAt)))
    .returning({ id: mfaRecoveryCodes.id });
  return rows.length === 1;
}

export async function countUnusedRecoveryCodes(db: Executor, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(mfaRecoveryCodes)
    .where(and(eq(mfaRecoveryCodes.userId, userId), isNull(mfaRecoveryCodes.usedAt)));
  return row?.n ?? 0;
}

/**
 * Turns the second factor off (a patient's choice, or an administrator's reset): the authenticator, every
 * recovery code and every passkey go, since a passkey is only ever an addition to the app (decision 0097).
 */
export async function removeTotp(db: Executor, userId: string): Promise<void> {
  await db.delete(webauthnCredentials).where(eq(webauthnCredentials.userId, userId));
  await db.delete(mfaRecoveryCodes).where(eq(mfaRecoveryCodes.userId, userId));
  await db.delete(userTotp).where(eq(userTotp.userId, userId));
}

/** The second factor was proven in this session. */
export async function markSessionMfaVerified(db: Executor, sessionId: string, now: Date): Promise<void> {
  await db.update(authSessions).set({ mfaVerifiedAt: now }).where(eq(authSessions.id, sessionId));
}

/** Whether a user has a confirmed authenticator (for lists and profile pages). */
export async function hasTotp(db: Executor, userId: string): Promise<boolean> {
  const [row] = await db.select({ enabledAt: userTotp.enabledAt }).from(userTotp).where(eq(userTotp.userId, userId)).limit(1);
  return Boolean(row?.enabledAt);
}
