import { randomUUID } from "node:crypto";
import type { Database } from "@clinic/db/client";
import { recordAudit } from "@clinic/db/queries/audit";
import {
  createInvitedAccount,
  findUsableInvitationByTokenHash,
  linkProviderIfFree,
  lockUsableInvitationByTokenHash,
  markInvitationAccepted,
} from "@clinic/db/queries/staff-invitations";
import { hashInvitationToken, isWellFormedInvitationToken } from "./invitation-token";
import { hashPassword } from "./password";

/** What the acceptance page shows about a link: who is invited, as what; null for any unusable link. */
export async function findInvitationForLink(db: Database, token: string, now: Date = new Date()) {
  if (!isWellFormedInvitationToken(token)) return null;
  return findUsableInvitationByTokenHash(db, hashInvitationToken(token), now);
}

export type AcceptOutcome = { ok: true; email: string } | { ok: false; reason: "unusable" | "email_taken" };

/**
 * Accepts an invitation: creates the account with the chosen password (hashed outside the transaction,
 * argon2 is slow), links a provider profile, marks the invitation used — once, under a row lock, so two
 * submissions of one link make one account. Audited as "staff.invitation_accepted" by the new account.
 * The caller then signs the person in; the session still owes the authenticator enrolment.
 */
export async function acceptInvitation(db: Database, request: { token: string; password: string; ip: string | null }, now: Date = new Date()): Promise<AcceptOutcome> {
  if (!isWellFormedInvitationToken(request.token)) return { ok: false, reason: "unusable" };
  const passwordHash = await hashPassword(request.password);
  return db.transaction(async (tx) => {
    const invitation = await lockUsableInvitationByTokenHash(tx, hashInvitationToken(request.token), now);
    if (!invitation || invitation.role === "patient") return { ok: false, reason: "unusable" } as const;
    const account = await createInvitedAccount(tx, { email: invitation.email, name: invitation.name, role: invitation.role, passwordHash }, now);
    if (!account) return { ok: false, reason: "email_taken" } as const;
    const providerLinked = invitation.providerId ? await linkProviderIfFree(tx, invitation.providerId, account.id) : false;
    await markInvitationAccepted(tx, invitation.id, account.id, now);
    await recordAudit(
      tx,
      { user: { id: account.id, role: account.role }, requestId: randomUUID(), ip: request.ip },
      { action: "staff.invitation_accepted", patientId: null, metadata: { invitationId: invitation.id, invitedBy: invitation.invitedBy, role: invitation.role, providerLinked } },
    );
    return { ok: true, email: invitation.email } as const;
  });
}
