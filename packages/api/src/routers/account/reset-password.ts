import { hashAccountToken } from "@clinic/auth/account-token";
import { hashPassword } from "@clinic/auth/password";
import { revokeAllSessionsForUser } from "@clinic/auth/sessions";
import { consumeAccountToken } from "@clinic/db/queries/account-tokens";
import { findAccountById, findPatientIdOfUser, setPasswordHash } from "@clinic/db/queries/accounts";
import { recordAudit } from "@clinic/db/queries/audit";
import { AccountLinkInvalid } from "@clinic/domain/people/account-links";
import { passwordResetInput } from "@clinic/domain/people/sign-up";
import { queueEmail } from "@clinic/jobs/enqueue";
import { z } from "zod";
import { publicProcedure } from "../../trpc";
import { passwordChangedMessage } from "./account-emails";

/**
 * The reset link's form: sets the new password and ends every session of the account (someone
 * else may be signed in with the old one). The link works once.
 */
export const resetPassword = publicProcedure
  .input(passwordResetInput)
  .output(z.object({ status: z.literal("changed") }))
  .mutation(async ({ ctx, input }) => {
    // Hashed before the transaction, so no row stays locked for the hash's 30 ms.
    const passwordHash = await hashPassword(input.password);
    const now = new Date();
    await ctx.db.transaction(async (tx) => {
      const link = await consumeAccountToken(tx, "password_reset", hashAccountToken(input.token), now);
      const account = link && (await findAccountById(tx, link.userId));
      if (!link || !account || account.disabledAt) throw new AccountLinkInvalid("password_reset");
      await setPasswordHash(tx, account.id, passwordHash);
      const sessionsEnded = await revokeAllSessionsForUser(tx, account.id, now);
      const patientId = await findPatientIdOfUser(tx, account.id);
      await recordAudit(tx, ctx, { action: "auth.password_reset", patientId, actor: { id: account.id, role: account.role }, metadata: { sessionsEnded } });
      await queueEmail(tx, { toAddress: account.email, ...passwordChangedMessage(account.name) });
    });
    return { status: "changed" as const };
  });
