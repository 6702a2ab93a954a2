import { randomUUID } from "node:crypto";
import type { Database } from "@clinic/db/client";
import { recordAudit } from "@clinic/db/queries/audit";
import {
  confirmPendingTotp,
  consumeRecoveryCode,
  consumeTotpStep,
  findTotp,
  markSessionMfaVerified,
  removeTotp,
  replaceRecoveryCodes,
  setPendingTotpSecret,
} from "@clinic/db/queries/mfa";
import type { SecondFactorInput } from "@clinic/domain/people/second-factor";
import type { SessionUser } from "@clinic/domain/people/session-user";
import { beginSignInAttempt, markAttemptSucceeded } from "./throttle";
import { groupedSecret, hashRecoveryCode, matchTotpStep, newRecoveryCodes, newTotpSecret, totpQrDataUrl, totpUri } from "./totp";
import { openTotpSecret, sealTotpSecret } from "./totp-seal";

/** Who is proving a second factor, and from where (for the throttle and the audit trail). */
export type SecondFactorRequest = { user: SessionUser; ip: string | null };

export type SecondFactorOutcome =
  | { ok: true }
  | { ok: false; reason: "invalid" | "throttled"; retryAfterMinutes?: number };

/**
 * Failed codes (and passkeys) count in the sign-in throttle under their own key per account: a correct password must
 * not clear them (it ends the password streak), or someone holding the password could guess codes forever.
 */
export function secondFactorThrottleKey(userId: string): string {
  return `mfa:${userId}`;
}

/** The audit context of a second-factor event: the person proving it, a new request id, their address. */
export const secondFactorAuditContext = (request: SecondFactorRequest) => ({
  user: { id: request.user.id, role: request.user.role },
  requestId: randomUUID(),
  ip: request.ip,
});

/** Opens a stored secret; a value that will not open is logged (without whose) and matches no code. */
function openStored(stored: string | null | undefined, userId: string) {
  if (!stored) return null;
  const opened = openTotpSecret(stored, userId);
  if (!opened) console.error("auth: a stored authenticator secret could not be opened (was MFA_ENCRYPTION_KEY changed?)");
  return opened;
}

/**
 * The time step a code from the user's confirmed authenticator belongs to, and the secret sealed
 * again under the current key when it was stored under an old one (written with the step).
 */
function matchAuthenticator(
  totp: { secret: string | null; enabledAt: Date | null } | null,
  userId: string,
  code: string,
  now: Date,
): { step: number; resealed?: string } | null {
  const opened = totp?.enabledAt ? openStored(totp.secret, userId) : null;
  const step = opened ? matchTotpStep(opened.secret, code, now) : null;
  if (!opened || step === null) return null;
  return { step, resealed: opened.stale ? sealTotpSecret(opened.secret, userId) : undefined };
}

/** A pending enrolment is offered again for this long (a reload keeps the same QR code), then renewed. */
const PENDING_SECRET_REUSE_MS = 30 * 60_000;

export type EnrolmentOffer = { secret: string; groupedSecret: string; uri: string; qrDataUrl: string };

/** The secret to show at enrolment (kept while unconfirmed, so a reload shows the same one) and its QR code. */
export async function offerEnrolment(db: Database, user: SessionUser, now: Date = new Date()): Promise<EnrolmentOffer> {
  const current = await findTotp(db, user.id);
  let secret = openStored(current?.pendingSecret, user.id)?.secret ?? null;
  if (!secret || !current?.pendingCreatedAt || now.getTime() - current.pendingCreatedAt.getTime() > PENDING_SECRET_REUSE_MS) {
    secret = newTotpSecret();
    await setPendingTotpSecret(db, user.id, sealTotpSecret(secret, user.id), now);
  }
  const uri = totpUri(secret, user.email);
  return { secret, groupedSecret: groupedSecret(secret), uri, qrDataUrl: await totpQrDataUrl(uri) };
}

export type EnrolmentOutcome = { ok: true; recoveryCodes: string[] } | (SecondFactorOutcome & { ok: false });

/**
 * Confirms enrolment with a code from the new secret: the authenticator is in force, ten recovery codes
 * replace any earlier ones (returned once, stored hashed), and this session counts as verified.
 */
export async function confirmEnrolment(db: Database, request: SecondFactorRequest, code: string, now: Date = new Date()): Promise<EnrolmentOutcome> {
  const attempt = await beginSignInAttempt(db, { email: secondFactorThrottleKey(request.user.id), ip: request.ip }, now);
  if (!attempt.allowed) return { ok: false, reason: "throttled", retryAfterMinutes: attempt.retryAfterMinutes };
  const storedPending = (await findTotp(db, request.user.id))?.pendingSecret;
  const pending = openStored(storedPending, request.user.id);
  const step = pending ? matchTotpStep(pending.secret, code, now) : null;
  if (!storedPending || !pending || step === null) {
    await recordAudit(db, secondFactorAuditContext(request), { action: "auth.mfa_failed", patientId: null, metadata: { stage: "enrolment" } });
    return { ok: false, reason: "invalid" };
  }
  const { codes, hashes } = newRecoveryCodes();
  const confirmed = await db.transaction(async (tx) => {
    const sealedSecret = sealTotpSecret(pending.secret, request.user.id);
    if (!(await confirmPendingTotp(tx, request.user.id, { storedPending, sealedSecret, step }, now))) return false;
    await replaceRecoveryCodes(tx, request.user.id, hashes);
    await markSessionMfaVerified(tx, request.user.sessionId, now);
    await recordAudit(tx, secondFactorAuditContext(request), { action: "auth.mfa_enrolled", patientId: null, metadata: { method: "totp" } });
    return true;
  });
  if (!confirmed) return { ok: false, reason: "invalid" };
  await markAttemptSucceeded(db, attempt.attemptId);
  return { ok: true, recoveryCodes: codes };
}

/**
 * The second sign-in step: a code from the app (each 30-second step accepted once) or an unused
 * recovery code (spent). Success marks the session verified; every outcome is audited, and failures
 * count in the throttle.
 */
export async function verifySecondFactor(db: Database, request: SecondFactorRequest, input: SecondFactorInput, now: Date = new Date()): Promise<SecondFactorOutcome> {
  const attempt = await beginSignInAttempt(db, { email: secondFactorThrottleKey(request.user.id), ip: request.ip }, now);
  if (!attempt.allowed) {
    await recordAudit(db, secondFactorAuditContext(request), { action: "auth.locked_out", patientId: null, metadata: { reason: "throttled", stage: "second_factor" } });
    return { ok: false, reason: "throttled", retryAfterMinutes: attempt.retryAfterMinutes };
  }
  const totp = await findTotp(db, request.user.id);
  let accepted = false;
  if (totp?.secret && totp.enabledAt) {
    if (input.method === "totp") {
      const match = matchAuthenticator(totp, request.user.id, input.code, now);
      accepted = match !== null && (await consumeTotpStep(db, request.user.id, match.step, now, match.resealed));
    } else {
      accepted = await consumeRecoveryCode(db, request.user.id, hashRecoveryCode(input.code), now);
    }
  }
  if (!accepted) {
    await recordAudit(db, secondFactorAuditContext(request), { action: "auth.mfa_failed", patientId: null, metadata: { stage: "sign_in", method: input.method } });
    return { ok: false, reason: "invalid" };
  }
  await markAttemptSucceeded(db, attempt.attemptId);
  await db.transaction(async (tx) => {
    await markSessionMfaVerified(tx, request.user.sessionId, now);
    await recordAudit(tx, secondFactorAuditContext(request), { action: "auth.mfa_verified", patientId: null, metadata: { method: input.method } });
  });
  return { ok: true };
}

/**
 * Turns the authenticator off (patients only; staff must keep one), after a current code proves the
 * person still holds it. Recovery codes go too.
 */
export async function disableSecondFactor(db: Database, request: SecondFactorRequest, code: string, now: Date = new Date()): Promise<SecondFactorOutcome> {
  if (request.user.role !== "patient") throw new Error("Staff accounts must keep their second factor.");
  const attempt = await beginSignInAttempt(db, { email: secondFactorThrottleKey(request.user.id), ip: request.ip }, now);
  if (!attempt.allowed) return { ok: false, reason: "throttled", retryAfterMinutes: attempt.retryAfterMinutes };
  const match = matchAuthenticator(await findTotp(db, request.user.id), request.user.id, code, now);
  if (match === null || !(await consumeTotpStep(db, request.user.id, match.step, now, match.resealed))) {
    await recordAudit(db, secondFactorAuditContext(request), { action: "auth.mfa_failed", patientId: null, metadata: { stage: "disable" } });
    return { ok: false, reason: "invalid" };
  }
  await markAttemptSucceeded(db, attempt.attemptId);
  await db.transaction(async (tx) => {
    await removeTotp(tx, request.user.id);
    await recordAudit(tx, secondFactorAuditContext(request), { action: "auth.mfa_disabled", patientId: null, metadata: { method: "totp" } });
  });
  return { ok: true };
}

export type RenewalOutcome = { ok: true; recoveryCodes: string[] } | (SecondFactorOutcome & { ok: false });

/**
 * New recovery codes for an account that has an authenticator, after a current code from it: ten new
 * codes replace every earlier one (used or not), returned once and stored hashed. Throttled and audited
 * like the other code checks.
 */
export async function renewRecoveryCodes(db: Database, request: SecondFactorRequest, code: string, now: Date = new Date()): Promise<RenewalOutcome> {
  const attempt = await beginSignInAttempt(db, { email: secondFactorThrottleKey(request.user.id), ip: request.ip }, now);
  if (!attempt.allowed) return { ok: false, reason: "throttled", retryAfterMinutes: attempt.retryAfterMinutes };
  const match = matchAuthenticator(await findTotp(db, request.user.id), request.user.id, code, now);
  if (match === null || !(await consumeTotpStep(db, request.user.id, match.step, now, match.resealed))) {
    await recordAudit(db, secondFactorAuditContext(request), { action: "auth.mfa_failed", patientId: null, metadata: { stage: "recovery_codes" } });
    return { ok: false, reason: "invalid" };
  }
  await markAttemptSucceeded(db, attempt.attemptId);
  const { codes, hashes } = newRecoveryCodes();
  await db.transaction(async (tx) => {
    await replaceRecoveryCodes(tx, request.user.id, hashes);
    await recordAudit(tx, secondFactorAuditContext(request), { action: "auth.mfa_recovery_codes_renewed", patientId: null, metadata: { count: codes.length } });
  });
  return { ok: true, recoveryCodes: codes };
}
