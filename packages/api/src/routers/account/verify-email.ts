import { hashAccountToken } from "@clinic/auth/account-token";
import type { Executor } from "@clinic/db/client";
import { consumeAccountToken } from "@clinic/db/queries/account-tokens";
import {
  claimPatientRecord,
  findAccountById,
  findPatientIdOfUser,
  insertPatientForUser,
  lockUnclaimedRecordsWithEmail,
  markEmailVerified,
} from "@clinic/db/queries/accounts";
import { recordAudit } from "@clinic/db/queries/audit";
import { AccountLinkInvalid } from "@clinic/domain/people/account-links";
import { z } from "zod";
import type { TRPCContext } from "../../context";
import { publicProcedure } from "../../trpc";
import { verifyEmailResultDto } from "./dto";

export const accountLinkInput = z.object({ token: z.string().min(1).max(200) });

/**
 * The account's patient record once its email is proven: the one it has, else the record the
 * front desk made with this email (only when exactly one matches: with several — a family sharing an
 * address — none is guessed), else a new one.
 */
async function patientRecordFor(tx: Executor, ctx: TRPCContext, account: { id: string; email: string }): Promise<string> {
  const existing = await findPatientIdOfUser(tx, account.id);
  if (existing) return existing;
  const unclaimed = await lockUnclaimedRecordsWithEmail(tx, account.email);
  const [only] = unclaimed;
  if (unclaimed.length === 1 && only && (await claimPatientRecord(tx, only, account.id))) {
    await recordAudit(tx, ctx, { action: "patient.record_claimed", patientId: only, actor: { id: account.id, role: "patient" } });
    return only;
  }
  return insertPatientForUser(tx, account.id);
}

/** The link from the sign-up email: proves the mailbox, then the account gets its patient record. */
export const verifyEmail = publicProcedure
  .input(accountLinkInput)
  .output(verifyEmailResultDto)
  .mutation(async ({ ctx, input }) => {
    const now = new Date();
    return ctx.db.transaction(async (tx) => {
      const link = await consumeAccountToken(tx, "email_verification", hashAccountToken(input.token), now);
      const account = link && (await findAccountById(tx, link.userId));
      if (!link || !account || account.disabledAt || account.role !== "patient") throw new AccountLinkInvalid("email_verification");
      await markEmailVerified(tx, account.id, now);
      const patientId = await patientRecordFor(tx, ctx, account);
      await recordAudit(tx, ctx, { action: "auth.email_verified", patientId, actor: { id: account.id, role: "patient" } });
      return { returnTo: link.returnTo };
    });
  });
