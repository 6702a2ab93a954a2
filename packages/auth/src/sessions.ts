import type { Database, Executor } from "@clinic/db/client";
import { authSessions, patients, users, userTotp } from "@clinic/db/schema";
import type { Role } from "@clinic/domain/people/roles";
import { secondFactorState, type SecondFactorState } from "@clinic/domain/people/second-factor";
import type { SessionUser } from "@clinic/domain/people/session-user";
import { and, desc, eq, gt, gte, isNull, lte, ne, sql } from "drizzle-orm";
import { LAST_SEEN_WRITE_INTERVAL_MS, sessionTimings } from "./session-policy";

export type NewSession = {
  userId: string;
  role: Role;
  /** Client address (a valid IPv4/IPv6 literal) or null when unknown. */
  ip: string | null;
  userAgent: string | null;
};

const USER_AGENT_MAX_LENGTH = 512;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Opens a server-side session and returns its id (the only thing the cookie will carry).
 * Without `now`, created_at comes from the database clock — the same clock that stamped
 * users.password_changed_at — so a session opened right after sign-up or a password change is
 * never mistaken for an older one because of clock skew between app and database servers.
 */
export async function createSession(
  db: Executor,
  session: NewSession,
  now?: Date,
): Promise<{ id: string; expiresAt: Date }> {
  const lifetimeSeconds = Math.floor(sessionTimings(session.role).maxAgeMs / 1000);
  const [row] = await db
    .insert(authSessions)
    .values({
      userId: session.userId,
      ip: session.ip,
      userAgent: session.userAgent?.slice(0, USER_AGENT_MAX_LENGTH) ?? null,
      ...(now
        ? { createdAt: now, lastSeenAt: now, expiresAt: new Date(now.getTime() + lifetimeSeconds * 1000) }
        : { expiresAt: sql`now() + make_interval(secs => ${lifetimeSeconds})` }),
    })
    .returning({ id: authSessions.id, expiresAt: authSessions.expiresAt });
  if (!row) throw new Error("Could not create the session row.");
  return row;
}

function prepareSessionLookup(db: Database) {
  return db
    .select({
      createdAt: authSessions.createdAt,
      lastSeenAt: authSessions.lastSeenAt,
      expiresAt: authSessions.expiresAt,
      revokedAt: authSessions.revokedAt,
      userId: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      disabledAt: users.disabledAt,
      passwordChangedAt: users.passwordChangedAt,
      patientId: patients.id,
      mfaVerifiedAt: authSessions.mfaVerifiedAt,
      totpEnabledAt: userTotp.enabledAt,
    })
    .from(authSessions)
    .innerJoin(users, eq(users.id, authSessions.userId))
    .leftJoin(patients, eq(patients.userId, users.id))
    .leftJoin(userTotp, eq(userTotp.userId, users.id))
    .where(eq(authSessions.id, sql.placeholder("sessionId")))
    .limit(1)
    .prepare("validate_session_v2");
}

const sessionLookups = new WeakMap<Database, ReturnType<typeof prepareSessionLookup>>();

/** The session check runs on every signed-in request: a prepared statement, planned once per connection. */
function sessionLookup(db: Database) {
  let lookup = sessionLookups.get(db);
  if (!lookup) {
    lookup = prepareSessionLookup(db);
    sessionLookups.set(db, lookup);
  }
  return lookup;
}

/**
 * The signed-in user behind `sessionId`, or null when the session must not be honoured:
 * unknown, revoked, past its absolute lifetime, idle too long, user disabled, the password
 * changed after sign-in, or the second factor still owed (see `checkSession`). Checked on every
 * request, so these take effect immediately. Records activity (lastSeenAt) at most once a minute.
 */
export async function validateSession(
  db: Database,
  sessionId: string,
  now: Date = new Date(),
): Promise<SessionUser | null> {
  const checked = await checkSession(db, sessionId, now);
  return checked?.secondFactor === "complete" ? checked.user : null;
}

/**
 * validateSession without the second-factor rule: the user and where the session stands with it.
 * Only the second sign-in step and authenticator enrolment may act on a session that is not complete.
 */
export async function checkSession(
  db: Database,
  sessionId: string,
  now: Date = new Date(),
): Promise<{ user: SessionUser; secondFactor: SecondFactorState } | null> {
  // A tampered or stale id must read as "signed out", not as a PostgreSQL cast error.
  if (!UUID.test(sessionId)) return null;

  const [row] = await sessionLookup(db).execute({ sessionId });
  if (!row) return null;

  const nowMs = now.getTime();
  if (row.revokedAt) return null;
  if (row.expiresAt.getTime() <= nowMs) return null;
  if (nowMs - row.lastSeenAt.getTime() > sessionTimings(row.role).idleMs) return null;
  if (row.disabledAt) return null;
  if (row.passwordChangedAt.getTime() > row.createdAt.getTime()) return null;

  if (nowMs - row.lastSeenAt.getTime() >= LAST_SEEN_WRITE_INTERVAL_MS) {
    // The condition repeats the check so concurrent requests write once, not once each.
    await db
      .update(authSessions)
      .set({ lastSeenAt: now })
      .where(
        and(
          eq(authSessions.id, sessionId),
          lte(authSessions.lastSeenAt, new Date(nowMs - LAST_SEEN_WRITE_INTERVAL_MS)),
        ),
      );
  }

  return {
    user: {
      id: row.userId,
      role: row.role,
      name: row.name,
      email: row.email,
      patientId: row.role === "patient" ? row.patientId : null,
      sessionId,
    },
    secondFactor: secondFactorState({ role: row.role, totpEnabled: row.totpEnabledAt !== null, mfaVerified: row.mfaVerifiedAt !== null }),
  };
}

/** Ends one session (sign-out). Idempotent; keeps the row for the audit trail. */
export async function revokeSession(db: Executor, sessionId: string, now: Date = new Date()): Promise<void> {
  if (!UUID.test(sessionId)) return;
  await db
    .update(authSessions)
    .set({ revokedAt: now })
    .where(and(eq(authSessions.id, sessionId), isNull(authSessions.revokedAt)));
}

/** Ends every open session of a user (disabling an account, "sign out everywhere", password reset). */
export async function revokeAllSessionsForUser(db: Executor, userId: string, now: Date = new Date()): Promise<number> {
  const revoked = await db
    .update(authSessions)
    .set({ revokedAt: now })
    .where(and(eq(authSessions.userId, userId), isNull(authSessions.revokedAt)))
    .returning({ id: authSessions.id });
  return revoked.length;
}

/**
 * The sessions of a user that validateSession would still honour (not revoked, not past their
 * lifetime or idle limit, opened after the last password change), newest activity first.
 */
export async function listOpenSessionsOfUser(db: Executor, user: { id: string; role: Role }, now: Date = new Date()) {
  const idleSince = new Date(now.getTime() - sessionTimings(user.role).idleMs);
  return db
    .select({
      id: authSessions.id,
      createdAt: authSessions.createdAt,
      lastSeenAt: authSessions.lastSeenAt,
      userAgent: authSessions.userAgent,
    })
    .from(authSessions)
    .innerJoin(users, eq(users.id, authSessions.userId))
    .where(
      and(
        eq(authSessions.userId, user.id),
        isNull(authSessions.revokedAt),
        gt(authSessions.expiresAt, now),
        gt(authSessions.lastSeenAt, idleSince),
        gte(authSessions.createdAt, users.passwordChangedAt),
      ),
    )
    .orderBy(desc(authSessions.lastSeenAt));
}

/** Ends one of the user's own sessions; false when it is not theirs or already ended. */
export async function revokeSessionOfUser(db: Executor, userId: string, sessionId: string, now: Date = new Date()): Promise<boolean> {
  if (!UUID.test(sessionId)) return false;
  const ended = await db
    .update(authSessions)
    .set({ revokedAt: now })
    .where(and(eq(authSessions.id, sessionId), eq(authSessions.userId, userId), isNull(authSessions.revokedAt)))
    .returning({ id: authSessions.id });
  return ended.length === 1;
}

/** Ends every open session of the user except `keepSessionId` (the one asking). */
export async function revokeOtherSessionsOfUser(db: Executor, userId: string, keepSessionId: string, now: Date = new Date()): Promise<number> {
  const ended = await db
    .update(authSessions)
    .set({ revokedAt: now })
    .where(and(eq(authSessions.userId, userId), ne(authSessions.id, keepSessionId), isNull(authSessions.revokedAt)))
    .returning({ id: authSessions.id });
  return ended.length;
}

/**
 * Keeps the asking session valid across its own password change: validateSession drops sessions
 * created before password_changed_at, so this one is re-stamped with the same transaction's now().
 */
export async function keepSessionThroughPasswordChange(db: Executor, sessionId: string): Promise<void> {
  await db.update(authSessions).set({ createdAt: sql`now()` }).where(eq(authSessions.id, sessionId));
}
