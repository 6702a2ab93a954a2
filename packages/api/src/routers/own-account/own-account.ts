import { deviceLabel } from "@clinic/auth/device-label";
import { hashPassword, verifyPassword } from "@clinic/auth/password";
import { beginSignInAttempt, markAttemptSucceeded } from "@clinic/auth/throttle";
import {
  keepSessionThroughPasswordChange,
  listOpenSessionsOfUser,
  revokeOtherSessionsOfUser,
  revokeSessionOfUser,
} from "@clinic/auth/sessions";
import { findPasswordHash, findPatientIdOfUser, setPasswordHash } from "@clinic/db/queries/accounts";
import { recordAudit } from "@clinic/db/queries/audit";
import { DomainError } from "@clinic/domain/errors/domain-error";
import type { SessionUser } from "@clinic/domain/people/session-user";
import { queueEmail } from "@clinic/jobs/enqueue";
import { z } from "zod";
import type { TRPCContext } from "../../context";
import { passwordChangedMessage } from "../account/account-emails";

/** The signed-in user's own account: what patients (profile) and staff ("my account") share. */
type OwnContext = TRPCContext & { user: SessionUser };

export class CurrentPasswordWrong extends DomainError {
  constructor() {
    super("invalid", "Your current password is not right.", { field: "currentPassword" });
    this.name = "CurrentPasswordWrong";
  }
}

export class TooManyPasswordGuesses extends DomainError {
  constructor(retryAfterMinutes: number) {
    const minutes = Math.max(1, retryAfterMinutes);
    super("too_many_requests", `Too many wrong passwords. Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`);
    this.name = "TooManyPasswordGuesses";
  }
}

export const ownSessionsDto = z.array(
  z.object({ id: z.uuid(), device: z.string(), signedInAt: z.date(), lastSeenAt: z.date(), current: z.boolean() }),
);

/**
 * Changes the password after checking the current one; every other session ends (ASVS 7.4.3) and
 * the one asking stays signed in. The owner is told by email. Guesses at the current password count
 * in the sign-in throttle of the account (and address), so a stolen session cannot try passwords faster.
 */
export async function changeOwnPassword(ctx: OwnContext, input: { currentPassword: string; newPassword: string }): Promise<{ sessionsEnded: number }> {
  const attempt = await beginSignInAttempt(ctx.db, { email: ctx.user.email, ip: ctx.ip });
  if (!attempt.allowed) throw new TooManyPasswordGuesses(attempt.retryAfterMinutes);
  const storedHash = await findPasswordHash(ctx.db, ctx.user.id);
  if (!storedHash || !(await verifyPassword(storedHash, input.currentPassword))) throw new CurrentPasswordWrong();
  await markAttemptSucceeded(ctx.db, attempt.attemptId);
  const passwordHash = await hashPassword(input.newPassword);
  return ctx.db.transaction(async (tx) => {
    await setPasswordHash(tx, ctx.user.id, passwordHash);
    await keepSessionThroughPasswordChange(tx, ctx.user.sessionId);
    const sessionsEnded = await revokeOtherSessionsOfUser(tx, ctx.user.id, ctx.user.sessionId);
    const patientId = ctx.user.role === "patient" ? await findPatientIdOfUser(tx, ctx.user.id) : null;
    await recordAudit(tx, ctx, { action: "auth.password_changed", patientId, metadata: { sessionsEnded } });
    await queueEmail(tx, { toAddress: ctx.user.email, ...passwordChangedMessage(ctx.user.name) });
    return { sessionsEnded };
  });
}

/** "Your active sessions": device, when signed in, last seen; the one asking is marked. */
export async function listOwnSessions(ctx: OwnContext): Promise<z.infer<typeof ownSessionsDto>> {
  const sessions = await listOpenSessionsOfUser(ctx.db, ctx.user);
  return sessions.map((session) => ({
    id: session.id,
    device: deviceLabel(session.userAgent),
    signedInAt: session.createdAt,
    lastSeenAt: session.lastSeenAt,
    current: session.id === ctx.user.sessionId,
  }));
}

/** Ends one of the user's own sessions (never someone else's: the id is matched with the user). */
export async function endOwnSession(ctx: OwnContext, sessionId: string): Promise<{ ended: boolean }> {
  return ctx.db.transaction(async (tx) => {
    const ended = await revokeSessionOfUser(tx, ctx.user.id, sessionId);
    if (ended) await recordAudit(tx, ctx, { action: "auth.session_ended", patientId: null, metadata: { sessionId, via: "one" } });
    return { ended };
  });
}

/** "Sign out everywhere else." */
export async function endOtherOwnSessions(ctx: OwnContext): Promise<{ sessionsEnded: number }> {
  return ctx.db.transaction(async (tx) => {
    const sessionsEnded = await revokeOtherSessionsOfUser(tx, ctx.user.id, ctx.user.sessionId);
    await recordAudit(tx, ctx, { action: "auth.session_ended", patientId: null, metadata: { sessionsEnded, via: "all_others" } });
    return { sessionsEnded };
  });
}
