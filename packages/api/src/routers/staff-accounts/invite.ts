import { newInvitationToken, staffAdminInvitationUrl } from "@clinic/auth/invitation-token";
import { recordAudit } from "@clinic/db/queries/audit";
import { accountExistsWithEmail, insertInvitation, revokeExpiredInvitationsTo } from "@clinic/db/queries/staff-invitations";
import { DomainError } from "@clinic/domain/errors/domain-error";
import { rolesThatMay } from "@clinic/domain/people/staff-permissions";
import { INVITATION_TTL_MS, staffInvitationInput } from "@clinic/domain/people/staff-invitation";
import { queueEmail } from "@clinic/jobs/enqueue";
import { z } from "zod";
import { staffProcedure } from "../../trpc";
import { invitationEmail } from "./invitation-email";

/**
 * Invites someone to a staff account: a single-use link (only its hash is stored) valid 72 hours,
 * emailed through the outbox in the same transaction as the invitation and its audit event.
 */
export const invite = staffProcedure(rolesThatMay("staffAccounts.manage"))
  .input(staffInvitationInput)
  .output(z.object({ invitationId: z.uuid() }))
  .mutation(({ ctx, input }) => {
    const now = new Date();
    const { token, tokenHash } = newInvitationToken();
    return ctx.db.transaction(async (tx) => {
      if (await accountExistsWithEmail(tx, input.email)) {
        throw new DomainError("conflict", "An account with this email already exists. Find it in the list to change its role or enable it.");
      }
      await revokeExpiredInvitationsTo(tx, input.email, now);
      const created = await insertInvitation(tx, {
        email: input.email,
        name: input.name,
        role: input.role,
        providerId: input.providerId ?? null,
        tokenHash,
        invitedBy: ctx.user.id,
        expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
      });
      if (!created) throw new DomainError("conflict", "This email already has an open invitation. Resend or revoke it below.");
      await queueEmail(tx, { toAddress: input.email, ...invitationEmail({ name: input.name, role: input.role, link: staffAdminInvitationUrl(token), invitedByName: ctx.user.name }) });
      await recordAudit(tx, ctx, { action: "staff.invited", patientId: null, metadata: { invitationId: created.id, role: input.role, providerId: input.providerId ?? null } });
      return { invitationId: created.id };
    });
  });
