import { countAccountTokensSince, lockAccountEmails } from "@clinic/db/queries/account-tokens";
import { findAccountById } from "@clinic/db/queries/accounts";
import { accountEmailWindowStart, mayEmailAccount } from "@clinic/domain/people/account-links";
import { DomainError, NotFound } from "@clinic/domain/errors/domain-error";
import { returnToSchema } from "@clinic/domain/people/sign-up";
import { z } from "zod";
import { patientAccountProcedure } from "../../trpc";
import { resendVerificationResultDto } from "./dto";
import { safeReturnTo, sendVerificationLink } from "./verification-link";

export class TooManyVerificationEmails extends DomainError {
  constructor() {
    super("too_many_requests", "We have already sent you several links in the last hour. Check your spam folder, or try again later.");
    this.name = "TooManyVerificationEmails";
  }
}

/** A signed-in patient whose email is not confirmed asks for a new link (a few an hour at most). */
export const resendVerification = patientAccountProcedure
  .input(z.object({ returnTo: returnToSchema }))
  .output(resendVerificationResultDto)
  .mutation(async ({ ctx, input }) => {
    const now = new Date();
    return ctx.db.transaction(async (tx) => {
      await lockAccountEmails(tx, ctx.user.id);
      const account = await findAccountById(tx, ctx.user.id);
      if (!account) throw new NotFound("Your account");
      if (account.emailVerifiedAt) return { status: "already_verified" as const };
      const recent = await countAccountTokensSince(tx, account.id, "email_verification", accountEmailWindowStart(now));
      if (!mayEmailAccount(recent)) throw new TooManyVerificationEmails();
      await sendVerificationLink(tx, ctx, account, safeReturnTo(input.returnTo), now);
      return { status: "sent" as const };
    });
  });
