import { hashPassword } from "@clinic/auth/password";
import { isUniqueViolation } from "@clinic/db/errors";
import { emailOutbox } from "@clinic/db/schema";
import { EmailAlreadyRegistered } from "@clinic/domain/errors/domain-error";
import { signUpInput } from "@clinic/domain/people/sign-up";
import { recordAudit } from "../../audit";
import { insertPatientAccount, isEmailRegistered } from "../../queries/patients";
import { publicProcedure } from "../../trpc";
import { signUpResultDto } from "./dto";
import { welcomeEmail } from "./welcome-email";

/** Index that keeps one account per email whatever its case (packages/db/src/schema/people.ts). */
const EMAIL_UNIQUE_INDEX = "users_email_lower_unique";

/**
 * A patient creates their own account: user, patient profile, welcome email and audit event
 * commit together or not at all. Staff accounts are never created here.
 */
export const signUp = publicProcedure
  .input(signUpInput)
  .output(signUpResultDto)
  .mutation(async ({ ctx, input }) => {
    if (await isEmailRegistered(ctx.db, input.email)) throw new EmailAlreadyRegistered();
    const passwordHash = await hashPassword(input.password);
    try {
      return await ctx.db.transaction(async (tx) => {
        const { userId, patientId } = await insertPatientAccount(tx, { ...input, passwordHash });
        const email = welcomeEmail(input.name);
        await tx.insert(emailOutbox).values({ toAddress: input.email, ...email });
        await recordAudit(tx, ctx, { action: "patient.signed_up", patientId, actor: { id: userId, role: "patient" } });
        return { userId };
      });
    } catch (error) {
      // Two sign-ups with the same address at once: the unique index lets exactly one through.
      if (isUniqueViolation(error, EMAIL_UNIQUE_INDEX)) throw new EmailAlreadyRegistered();
      throw error;
    }
  });
