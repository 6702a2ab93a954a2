import type { Database } from "@clinic/db/client";
import { recordAudit } from "@clinic/db/queries/audit";
import { hasTotp, markSessionMfaVerified } from "@clinic/db/queries/mfa";
import {
  countPasskeysOfUser,
  deletePasskeyOfUser,
  findPasskeyOfUser,
  insertPasskey,
  passkeyDescriptorsOfUser,
  recordPasskeyUse,
  storeWebauthnChallenge,
  takeWebauthnChallenge,
} from "@clinic/db/queries/passkeys";
import { CLINIC_PROFILE } from "@clinic/domain/clinic/clinic-profile";
import { PASSKEY_CHALLENGE_TTL_MS, passkeyRegistrationRefusal, type PasskeyRefusal } from "@clinic/domain/people/passkeys";
import type { SessionUser } from "@clinic/domain/people/session-user";
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type AuthenticatorTransport,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
} from "@simplewebauthn/server";
import type { RelyingParty } from "./passkey-relying-party";
import { secondFactorAuditContext, secondFactorThrottleKey, type SecondFactorOutcome, type SecondFactorRequest } from "./second-factor";
import { beginSignInAttempt, markAttemptSucceeded } from "./throttle";

/** How long the browser's own prompt waits; the stored challenge lives a little longer (PASSKEY_CHALLENGE_TTL_MS). */
const CEREMONY_TIMEOUT_MS = 120_000;

const TRANSPORTS = new Set<string>(["ble", "hybrid", "internal", "nfc", "usb"]);
const knownTransports = (values: readonly string[] | undefined): AuthenticatorTransport[] =>
  (values ?? []).filter((value): value is AuthenticatorTransport => TRANSPORTS.has(value));

/** The user handle the authenticator keeps: the account's UUID as 16 bytes (opaque, no email or name). */
function userHandle(userId: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(Buffer.from(userId.replace(/-/g, ""), "hex"));
}

const expiry = (now: Date) => new Date(now.getTime() + PASSKEY_CHALLENGE_TTL_MS);

async function registrationRefusal(db: Database, userId: string): Promise<PasskeyRefusal | null> {
  const [totpEnabled, passkeyCount] = await Promise.all([hasTotp(db, userId), countPasskeysOfUser(db, userId)]);
  return passkeyRegistrationRefusal({ totpEnabled, passkeyCount });
}

export type RegistrationStart = { ok: true; options: PublicKeyCredentialCreationOptionsJSON } | { ok: false; reason: PasskeyRefusal };

/**
 * Options for the browser to create a passkey for this signed-in person; the challenge is kept for this
 * session only. The person's existing passkeys are excluded, so one authenticator is not added twice.
 */
export async function beginPasskeyRegistration(db: Database, user: SessionUser, rp: RelyingParty, now: Date = new Date()): Promise<RegistrationStart> {
  const refusal = await registrationRefusal(db, user.id);
  if (refusal) return { ok: false, reason: refusal };
  const existing = await passkeyDescriptorsOfUser(db, user.id);
  const options = await generateRegistrationOptions({
    rpName: CLINIC_PROFILE.name,
    rpID: rp.id,
    userName: user.email,
    userDisplayName: user.name,
    userID: userHandle(user.id),
    timeout: CEREMONY_TIMEOUT_MS,
    attestationType: "none",
    excludeCredentials: existing.map((passkey) => ({ id: passkey.credentialId, transports: knownTransports(passkey.transports) })),
    authenticatorSelection: { residentKey: "preferred", userVerification: "preferred" },
  });
  await storeWebauthnChallenge(db, { sessionId: user.sessionId, purpose: "register", challenge: options.challenge, expiresAt: expiry(now) }, now);
  return { ok: true, options };
}

export type RegistrationOutcome = { ok: true; passkeyId: string } | { ok: false; reason: PasskeyRefusal | "expired" | "invalid" | "duplicate" };

/**
 * Checks the browser's answer against this session's registration challenge (spent whatever the outcome),
 * this app's origin and rpID, and stores the passkey under the given name. Audited as auth.passkey_added.
 */
export async function finishPasskeyRegistration(
  db: Database,
  request: SecondFactorRequest,
  rp: RelyingParty,
  input: { name: string; response: RegistrationResponseJSON },
  now: Date = new Date(),
): Promise<RegistrationOutcome> {
  const challenge = await takeWebauthnChallenge(db, request.user.sessionId, "register", now);
  if (!challenge) return { ok: false, reason: "expired" };
  const refusal = await registrationRefusal(db, request.user.id);
  if (refusal) return { ok: false, reason: refusal };
  let verified: Awaited<ReturnType<typeof verifyRegistrationResponse>>;
  try {
    verified = await verifyRegistrationResponse({
      response: input.response,
      expectedChallenge: challenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.id,
      // "preferred": a security key without a PIN still proves possession, which is what a second factor needs.
      requireUserVerification: false,
    });
  } catch {
    return { ok: false, reason: "invalid" };
  }
  if (!verified.verified || !verified.registrationInfo) return { ok: false, reason: "invalid" };
  const { credential } = verified.registrationInfo;
  const passkeyId = await db.transaction(async (tx) => {
    const id = await insertPasskey(tx, {
      userId: request.user.id,
      credentialId: credential.id,
      publicKey: Buffer.from(credential.publicKey),
      signCount: credential.counter,
      transports: knownTransports(credential.transports ?? input.response.response.transports),
      name: input.name,
    });
    if (id) await recordAudit(tx, secondFactorAuditContext(request), { action: "auth.passkey_added", patientId: null, metadata: { passkeyId: id } });
    return id;
  });
  return passkeyId ? { ok: true, passkeyId } : { ok: false, reason: "duplicate" };
}

/**
 * Options for the second sign-in step with a passkey: only this person's passkeys are allowed, and the
 * challenge is kept for this session. Null when the account has none.
 */
export async function beginPasskeySignIn(db: Database, user: SessionUser, rp: RelyingParty, now: Date = new Date()): Promise<PublicKeyCredentialRequestOptionsJSON | null> {
  const passkeys = await passkeyDescriptorsOfUser(db, user.id);
  if (passkeys.length === 0) return null;
  const options = await generateAuthenticationOptions({
    rpID: rp.id,
    timeout: CEREMONY_TIMEOUT_MS,
    userVerification: "preferred",
    allowCredentials: passkeys.map((passkey) => ({ id: passkey.credentialId, transports: knownTransports(passkey.transports) })),
  });
  await storeWebauthnChallenge(db, { sessionId: user.sessionId, purpose: "sign_in", challenge: options.challenge, expiresAt: expiry(now) }, now);
  return options;
}

/**
 * The second sign-in step with a passkey: this session's challenge (spent whatever the outcome), one of
 * this person's passkeys, this app's origin and rpID, and a signature counter that went up (or an
 * authenticator that never counts). Counted in the same throttle as codes and audited like them.
 */
export async function finishPasskeySignIn(
  db: Database,
  request: SecondFactorRequest,
  rp: RelyingParty,
  /** Null for an answer that was not even shaped like one: still a failed attempt. */
  response: AuthenticationResponseJSON | null,
  now: Date = new Date(),
): Promise<SecondFactorOutcome> {
  const attempt = await beginSignInAttempt(db, { email: secondFactorThrottleKey(request.user.id), ip: request.ip }, now);
  if (!attempt.allowed) {
    await recordAudit(db, secondFactorAuditContext(request), { action: "auth.locked_out", patientId: null, metadata: { reason: "throttled", stage: "second_factor" } });
    return { ok: false, reason: "throttled", retryAfterMinutes: attempt.retryAfterMinutes };
  }
  const verified = await verifyAssertion(db, request.user, rp, response, now);
  const accepted =
    verified !== null &&
    (await db.transaction(async (tx) => {
      // Conditional on the counter it was checked against: of two racing uses of one assertion, one passes.
      if (!(await recordPasskeyUse(tx, verified.passkeyId, verified, now))) return false;
      await markSessionMfaVerified(tx, request.user.sessionId, now);
      await recordAudit(tx, secondFactorAuditContext(request), { action: "auth.mfa_verified", patientId: null, metadata: { method: "passkey", passkeyId: verified.passkeyId } });
      return true;
    }));
  if (!accepted) {
    await recordAudit(db, secondFactorAuditContext(request), { action: "auth.mfa_failed", patientId: null, metadata: { stage: "sign_in", method: "passkey" } });
    return { ok: false, reason: "invalid" };
  }
  await markAttemptSucceeded(db, attempt.attemptId);
  return { ok: true };
}

async function verifyAssertion(db: Database, user: SessionUser, rp: RelyingParty, response: AuthenticationResponseJSON | null, now: Date) {
  const challenge = await takeWebauthnChallenge(db, user.sessionId, "sign_in", now);
  if (!challenge || !response) return null;
  const passkey = await findPasskeyOfUser(db, user.id, response.id);
  if (!passkey) return null;
  try {
    const result = await verifyAuthenticationResponse({
      response,
      expectedChallenge: challenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.id,
      credential: { id: passkey.credentialId, publicKey: new Uint8Array(passkey.publicKey), counter: passkey.signCount, transports: knownTransports(passkey.transports) },
      requireUserVerification: false,
    });
    if (!result.verified) return null;
    return { passkeyId: passkey.id, previousCount: passkey.signCount, newCount: result.authenticationInfo.newCounter };
  } catch {
    // A wrong signature, origin, challenge or a counter that went back (a cloned authenticator): all refused alike.
    return null;
  }
}

/** Removes one of the person's own passkeys; false when it is not theirs (or already gone). Audited. */
export async function removePasskey(db: Database, request: SecondFactorRequest, passkeyId: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const removed = await deletePasskeyOfUser(tx, request.user.id, passkeyId);
    if (removed === null) return false;
    await recordAudit(tx, secondFactorAuditContext(request), { action: "auth.passkey_removed", patientId: null, metadata: { passkeyId } });
    return true;
  });
}
