import { hashPassword } from "@clinic/auth/password";
import type { Executor } from "@clinic/db/client";
import { findAccountByEmail, insertUnverifiedPatientUser } from "@clinic/db/queries/accounts";
import { recordAudit } from "@clinic/db/queries/audit";
import { countSignUpsFrom, lockSignUpsFrom } from "@clinic/db/queries/sign-ups";
import { signUpRequest } from "@clinic/domain/people/sign-up";
import { assertSignUpAllowed, signUpWindowStart } from "@clinic/domain/people/sign-up-policy";
import { patientSiteUrl } from "@clinic/jobs/email/site-links";
import { queueEmail } from "@clinic/jobs/enqueue";
import type { TRPCContext } from "../../context";
import { publicProcedure } from "../../trpc";
import { alreadyRegisteredMessage } from "./account-emails";
import { signUpResultDto } from "./dto";
import { safeReturnTo, sendVerificationLink } from "./verification-link";

const HOUR_MS = 3_600_000;

/** Refuses when the client address already made its share of sign-ups; no address, no limit. */
async function assertAddressMaySignUp(db: Executor, ip: string | null): Promise<void> {
  if (!ip) return;
  assertSignUpAllowed(await countSignUpsFrom(db, ip, signUpWindowStart(new Date())));
}

/**
 * The owner of an existing account hears about the attempt by email (at most once an hour per
 * account, by the outbox's dedupe key); the person signing up sees the usual page.
 */
async function tellOwnerOfExistingAccount(
  tx: Executor,
  ctx: TRPCContext,
  account: { id: string; name: string; email: string; role: string; disabledAt: Date | null },
  now: Date,
): Promise<void> {
  const patientMaySignIn = account.role === "patient" && !account.disabledAt;
  const links = patientMaySignIn ? { signIn: patientSiteUrl("/sign-in"), forgotPassword: patientSiteUrl("/forgot-password") } : null;
  await queueEmail(tx, {
    toAddress: account.email,
    ...alreadyRegisteredMessage(account.name, links),
    dedupeKey: `already-registered:${account.id}:${Math.floor(now.getTime() / HOUR_MS)}`,
  });
  await recordAudit(tx, ctx, { action: "auth.sign_up_for_existing_account", patientId: null, metadata: { accountUserId: account.id } });
}

/**
 * A patient asks for an account. The answer is always "check your email", after the same work
 * (one password hash, one transaction) whether or not the address has an account: which emails
 * belong to a pain clinic's patients is health information (docs/decisions/0080).
 */
export const signUp = publicProcedure
  .input(signUpRequest)
  .output(signUpResultDto)
  .mutation(async ({ ctx, input }) => {
    // Cheap refusal first: a throttled address must not cost a password hash.
    await assertAddressMaySignUp(ctx.db, ctx.ip);
    const passwordHash = await hashPassword(input.password);
    const now = new Date();
    await ctx.db.transaction(async (tx) => {
      // Counted again under a per-address lock: parallel sign-ups all passed the check above.
      if (ctx.ip) {
        await lockSignUpsFrom(tx, ctx.ip);
        await assertAddressMaySignUp(tx, ctx.ip);
      }
      const userId = await insertUnverifiedPatientUser(tx, { name: input.name, email: input.email, passwordHash });
      if (!userId) {
        // The email has an account (perhaps made a moment ago by a simultaneous sign-up).
        const existing = await findAccountByEmail(tx, input.email);
        if (existing) await tellOwnerOfExistingAccount(tx, ctx, existing, now);
        return;
      }
      await recordAudit(tx, ctx, { action: "patient.signed_up", patientId: null, actor: { id: userId, role: "patient" } });
      await sendVerificationLink(tx, ctx, { id: userId, name: input.name, email: input.email }, safeReturnTo(input.returnTo), now);
    });
    return { status: "check_email" as const };
  });
