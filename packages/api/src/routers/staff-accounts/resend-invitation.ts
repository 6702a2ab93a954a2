import { newInvitationToken, staffAdminInvitationUrl } from "@clinic/auth/invitation-token";
import { recordAudit } from "@clinic/db/queries/audit";
import { lockInvitation, renewInvitationToken } from "@clinic/db/queries/staff-invitations";
import { DomainError } from "@clinic/domain/errors/domain-error";
import { isStaffRole } from "@clinic/domain/people/roles";
import { rolesThatMay } from "@clinic/domain/people/staff-permissions";
import { checkInvitationOpen, INVITATION_TTL_MS, invitationIdInput } from "@clinic/domain/people/staff-invitation";
import { queueEmail } from "@clinic/jobs/enqueue";
import { z } from "zod";
import { staffProcedure } from "../../trpc";
import { invitationEmail } from "./invitation-email";

/** Sends an open invitation again with a new link: the old link stops working, the 72 hours restart. */
export const resendInvitation = staffProcedure(rolesThatMay("staffAccounts.manage"))
  .input(invitationIdInput)
  .output(z.object({ expiresAt: z.date() }))
  .mutation(({ ctx, input }) => {
    const now = new Date();
    const { token, tokenHash } = newInvitationToken();
    return ctx.db.transaction(async (tx) => {
      const invitation = await lockInvitation(tx, input.invitationId);
      checkInvitationOpen(invitation, now);
      if (!invitation || !isStaffRole(invitation.role)) throw new DomainError("not_found", "That invitation was not found.");
      const expiresAt = new Date(now.getTime() + INVITATION_TTL_MS);
      await renewInvitationToken(tx, invitation.id, tokenHash, expiresAt, now);
      await queueEmail(tx, {
        toAddress: invitation.email,
        ...invitationEmail({ name: invitation.name, role: invitation.role, link: staffAdminInvitationUrl(token), invitedByName: ctx.user.name }),
      });
      await recordAudit(tx, ctx, { action: "staff.invitation_resent", patientId: null, metadata: { invitationId: invitation.id } });
      return { expiresAt };
    });
  });
