import { and, asc, eq, sql } from "drizzle-orm";
import type { Executor } from "../client";
import { webauthnChallenges, webauthnCredentials } from "../schema";

export type WebauthnCeremony = "register" | "sign_in";

/**
 * Remembers the challenge of a ceremony this session starts, replacing any earlier one of the same kind
 * (a second click, another tab): only the newest can be answered.
 */
export async function storeWebauthnChallenge(
  db: Executor,
  entry: { sessionId: string; purpose: WebauthnCeremony; challenge: string; expiresAt: Date },
  now: Date,
): Promise<void> {
  await db
    .insert(webauthnChallenges)
    .values({ ...entry, createdAt: now })
    .onConflictDoUpdate({
      target: [webauthnChallenges.sessionId, webauthnChallenges.purpose],
      set: { challenge: entry.challenge, expiresAt: entry.expiresAt, createdAt: now },
    });
}

/**
 * Takes the session's challenge for this ceremony, once: the row is deleted whether or not the answer
 * then verifies, so a challenge can never be answered twice. Null when none, or it expired.
 */
export async function takeWebauthnChallenge(db: Executor, sessionId: string, purpose: WebauthnCeremony, now: Date): Promise<string | null> {
  const [row] = await db
    .delete(webauthnChallenges)
    .where(and(eq(webauthnChallenges.sessionId, sessionId), eq(webauthnChallenges.purpose, purpose)))
    .returning({ challenge: webauthnChallenges.challenge, expiresAt: webauthnChallenges.expiresAt });
  if (!row || row.expiresAt.getTime() <= now.getTime()) return null;
  return row.challenge;
}

/** A user's passkeys for their account page (no key material), oldest first. */
export async function listPasskeysOfUser(db: Executor, userId: string) {
  return db
    .select({ id: webauthnCredentials.id, name: webauthnCredentials.name, createdAt: webauthnCredentials.createdAt, lastUsedAt: webauthnCredentials.lastUsedAt })
    .from(webauthnCredentials)
    .where(eq(webauthnCredentials.userId, userId))
    .orderBy(asc(webauthnCredentials.createdAt), asc(webauthnCredentials.id));
}

/** What a ceremony needs of a user's passkeys: their ids and transports (to allow or exclude them). */
export async function passkeyDescriptorsOfUser(db: Executor, userId: string) {
  return db
    .select({ credentialId: webauthnCredentials.credentialId, transports: webauthnCredentials.transports })
    .from(webauthnCredentials)
    .where(eq(webauthnCredentials.userId, userId));
}

export async function countPasskeysOfUser(db: Executor, userId: string): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(webauthnCredentials).where(eq(webauthnCredentials.userId, userId));
  return row?.n ?? 0;
}

/** One of this user's passkeys by the id the authenticator answered with; null if it is not theirs. */
export async function findPasskeyOfUser(db: Executor, userId: string, credentialId: string) {
  const [row] = await db
    .select({
      id: webauthnCredentials.id,
      credentialId: webauthnCredentials.credentialId,
      publicKey: webauthnCredentials.publicKey,
      signCount: webauthnCredentials.signCount,
      transports: webauthnCredentials.transports,
    })
    .from(webauthnCredentials)
    .where(and(eq(webauthnCredentials.userId, userId), eq(webauthnCredentials.credentialId, credentialId)))
    .limit(1);
  return row ?? null;
}

/** Stores a verified new passkey; false when that credential is already registered (to anyone). */
export async function insertPasskey(
  db: Executor,
  passkey: { userId: string; credentialId: string; publicKey: Buffer; signCount: number; transports: string[]; name: string },
): Promise<string | null> {
  const rows = await db.insert(webauthnCredentials).values(passkey).onConflictDoNothing().returning({ id: webauthnCredentials.id });
  return rows[0]?.id ?? null;
}

/**
 * Records a use: the new counter and the time. The update applies only if the counter is still the one
 * the assertion was checked against, so two racing uses of one assertion (or a clone) cannot both pass.
 */
export async function recordPasskeyUse(db: Executor, id: string, checked: { previousCount: number; newCount: number }, now: Date): Promise<boolean> {
  const rows = await db
    .update(webauthnCredentials)
    .set({ signCount: checked.newCount, lastUsedAt: now, updatedAt: now })
    .where(and(eq(webauthnCredentials.id, id), eq(webauthnCredentials.signCount, checked.previousCount)))
    .returning({ id: webauthnCredentials.id });
  return rows.length === 1;
}

/** Removes one of the user's passkeys; its name when it was theirs, else null. */
export async function deletePasskeyOfUser(db: Executor, userId: string, id: string): Promise<string | null> {
  const rows = await db
    .delete(webauthnCredentials)
    .where(and(eq(webauthnCredentials.id, id), eq(webauthnCredentials.userId, userId)))
    .returning({ name: webauthnCredentials.name });
  return rows[0]?.name ?? null;
}
