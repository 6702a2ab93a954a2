import { newAccountToken } from "@clinic/auth/account-token";
import type { Executor } from "@clinic/db/client";
import { countAccountTokensSince, countResetRequestsFrom, insertAccountToken, lockAccountEmails } from "@clinic/db/queries/account-tokens";
import { findAccountByEmail } from "@clinic/db/queries/accounts";
import { recordAudit } from "@clinic/db/queries/audit";
import {
  accountEmailWindowStart,
  accountLinkExpiry,
  accountSiteOf,
  assertResetRequestAllowed,
  mayEmailAccount,
  PASSWORD_RESET_ADDRESS_LIMIT,
} from "@clinic/domain/people/account-links";
import { passwordResetRequestInput } from "@clinic/domain/people/sign-up";
import { accountSiteUrl } from "@clinic/jobs/email/site-links";
import { queueEmail } from "@clinic/jobs/enqueue";
import { z } from "zod";
import { publicProcedure } from "../../trpc";
import { passwordResetMessage } from "./account-emails";

async function assertAddressMayAsk(db: Executor, ip: string | null): Promise<void> {
  if (!ip) return;
  assertResetRequestAllowed(await countResetRequestsFrom(db, ip, new Date(Date.now() - PASSWORD_RESET_ADDRESS_LIMIT.windowMs)));
}

/**
 * "Forgot your password?" on either app. The answer is the same whether or not the email has an
 * account; an enabled account gets a 30-minute single-use link to the app it signs in to, at most
 * three an hour (over that, silently nothing). Only the client address is refused out loud
 * (docs/decisions/0081, 0089).
 */
export const requestPasswordReset = publicProcedure
  .input(passwordResetRequestInput)
  .output(z.object({ status: z.literal("sent") }))
  .mutation(async ({ ctx, input }) => {
    await assertAddressMayAsk(ctx.db, ctx.ip);
    const now = new Date();
    await ctx.db.transaction(async (tx) => {
      const account = await findAccountByEmail(tx, input.email);
      await recordAudit(tx, ctx, { action: "auth.password_reset_requested", patientId: null, metadata: account ? { accountUserId: account.id } : {} });
      if (!account || account.disabledAt) return;
      await lockAccountEmails(tx, account.id);
      if (!mayEmailAccount(await countAccountTokensSince(tx, account.id, "password_reset", accountEmailWindowStart(now)))) return;
      const { token, tokenHash } = newAccountToken();
      await insertAccountToken(tx, { userId: account.id, purpose: "password_reset", tokenHash, expiresAt: accountLinkExpiry("password_reset", now) });
      await queueEmail(tx, { toAddress: account.email, ...passwordResetMessage(account.name, accountSiteUrl(accountSiteOf(account.role), `/reset-password?${new URLSearchParams({ token })}`)) });
    });
    return { status: "sent" as const };
  });
