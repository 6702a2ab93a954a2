import { safeCallbackUrl } from "@clinic/auth/callback-url";
import { newAccountToken } from "@clinic/auth/account-token";
import type { Executor } from "@clinic/db/client";
import { insertAccountToken } from "@clinic/db/queries/account-tokens";
import { recordAudit, type AuditContext } from "@clinic/db/queries/audit";
import { accountLinkExpiry } from "@clinic/domain/people/account-links";
import { patientSiteUrl } from "@clinic/jobs/email/site-links";
import { queueEmail } from "@clinic/jobs/enqueue";
import { verifyEmailMessage } from "./account-emails";

/**
 * Writes a new email-verification link for the account and its email in the caller's transaction.
 * `returnTo` (a safe patient-site path) is where the patient continues once confirmed.
 */
export async function sendVerificationLink(
  tx: Executor,
  ctx: AuditContext,
  account: { id: string; name: string; email: string },
  returnTo: string | null,
  now: Date,
): Promise<void> {
  const { token, tokenHash } = newAccountToken();
  await insertAccountToken(tx, { userId: account.id, purpose: "email_verification", tokenHash, expiresAt: accountLinkExpiry("email_verification", now), returnTo });
  await queueEmail(tx, { toAddress: account.email, ...verifyEmailMessage(account.name, patientSiteUrl(`/verify-email?${new URLSearchParams({ token })}`)) });
  await recordAudit(tx, ctx, { action: "auth.verification_sent", patientId: null, actor: { id: account.id, role: "patient" } });
}

/** A same-site path to come back to after confirming, or null (open redirects are dropped). */
export function safeReturnTo(requested: string | undefined): string | null {
  return safeCallbackUrl(requested, "") || null;
}
