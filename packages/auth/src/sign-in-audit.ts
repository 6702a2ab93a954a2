import { randomUUID } from "node:crypto";
import type { Database } from "@clinic/db/client";
import { recordAudit, type AuditAction } from "@clinic/db/queries/audit";
import { findAccountByEmailKey, findSessionOwner } from "@clinic/db/queries/sign-in-audit";
import { signInInput } from "@clinic/domain/people/sign-up";
import { authorizeCredentials, type AuthorizedUser, type SignInRequest } from "./authorize";
import { SignInRefused } from "./errors";
import { accountKey } from "./throttle";

/**
 * authorizeCredentials, with the outcome on the audit trail: "auth.signed_in", "auth.sign_in_failed"
 * (with the reason) or "auth.locked_out" (throttled). The actor is the account the email names, if any;
 * the email itself is never recorded (a mistyped one can be someone else's address).
 */
export async function authorizeAndAudit(db: Database, request: SignInRequest, now?: Date): Promise<AuthorizedUser> {
  const base = { requestId: randomUUID(), ip: request.ip };
  try {
    const user = await authorizeCredentials(db, request, now);
    const account = await findAccountByEmailKey(db, accountKey(user.email));
    await recordAudit(db, { ...base, user: account }, { action: "auth.signed_in", patientId: null, metadata: { audience: request.audience } });
    return user;
  } catch (error) {
    if (error instanceof SignInRefused) await recordRefusal(db, request, base, error);
    throw error;
  }
}

async function recordRefusal(db: Database, request: SignInRequest, base: { requestId: string; ip: string | null }, refusal: SignInRefused) {
  const parsed = signInInput.safeParse(request.credentials);
  const account = parsed.success ? await findAccountByEmailKey(db, accountKey(parsed.data.email)) : null;
  const action: AuditAction = refusal.code === "throttled" ? "auth.locked_out" : "auth.sign_in_failed";
  await recordAudit(db, { ...base, user: account }, {
    action,
    patientId: null,
    metadata: { audience: request.audience, reason: refusal.code, knownAccount: account !== null },
  });
}

/** "auth.signed_out" for the owner of the session being ended. */
export async function recordSignOut(db: Database, sessionId: string): Promise<void> {
  const owner = await findSessionOwner(db, sessionId);
  if (!owner) return;
  await recordAudit(db, { user: owner, requestId: randomUUID(), ip: null }, { action: "auth.signed_out", patientId: null });
}
