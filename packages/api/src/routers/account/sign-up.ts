import { hashPassword } from "@clinic/auth/password";
import type { Executor } from "@clinic/db/client";
import { isUniqueViolation } from "@clinic/db/errors";
import { EmailAlreadyRegistered } from "@clinic/domain/errors/domain-error";
import { signUpInput } from "@clinic/domain/people/sign-up";
import { assertSignUpAllowed, signUpWindowStart } from "@clinic/domain/people/sign-up-policy";
import { recordAudit } from "@clinic/db/queries/audit";
import { queueEmail } from "@clinic/jobs/enqueue";
import { insertPatientAccount, isEmailRegistered } from "@clinic/db/queries/patients";
import { countSignUpsFrom, lockSignUpsFrom } from "@clinic/db/queries/sign-ups";
import { publicProcedure } from "../../trpc";
import { signUpResultDto } from "./dto";
import { welcomeEmail } from "./welcome-email";

/** Index that keeps one account per email whatever its case (packages/db/src/schema/people.ts). */
const EMAIL_UNIQUE_INDEX = "users_email_lower_unique";

/** Refuses when the client address already created its share of accounts; no address, no limit. */
async function assertAddressMaySignUp(db: Executor, ip: string | null): Promise<void> {
  if (!ip) return;
  assertSignUpAllowed(await countSignUpsFrom(db, ip, signUpWindowStart(new Date())));
}

/**
 * A patient creates their own account: user, patient profile, welcome email and audit event
 * commit together or not at all. Staff accounts are never created here.
 */
export const signUp = publicProcedure
  .input(signUpInput)
  .output(signUpResultDto)
  .mutation(async ({ ctx, input }) => {
    // Cheap refusals first: a throttled address must not cost a password hash.
    await assertAddressMaySignUp(ctx.db, ctx.ip);
    if (await isEmailRegistered(ctx.db, input.email)) throw new EmailAlreadyRegistered();
    const passwordHash = await hashPassword(input.password);
    try {
      return await ctx.db.transaction(async (tx) => {
        // Counted again under a per-address lock: parallel sign-ups all passed the check above.
        if (ctx.ip) {
          await lockSignUpsFrom(tx, ctx.ip);
          await assertAddressMaySignUp(tx, ctx.ip);
        }
        const { userId, patientId } = await insertPatientAccount(tx, { ...input, passwordHash });
        await recordAudit(tx, ctx, { action: "patient.signed_up", patientId, actor: { id: userId, role: "patient" } });
        await queueEmail(tx, { toAddress: input.email, ...welcomeEmail(input.name) });
        return { userId };
      });
    } catch (error) {
      // Two sign-ups with the same address at once: the unique index lets exactly one through.
      if (isUniqueViolation(error, EMAIL_UNIQUE_INDEX)) throw new EmailAlreadyRegistered();
      throw error;
    }
  });
