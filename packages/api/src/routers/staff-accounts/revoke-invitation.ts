import { recordAudit } from "@clinic/db/queries/audit";
import { lockInvitation, revokeInvitation as revokeInvitationRow } from "@clinic/db/queries/staff-invitations";
import { rolesThatMay } from "@clinic/domain/people/staff-permissions";
import { checkInvitationOpen, invitationIdInput } from "@clinic/domain/people/staff-invitation";
import { z } from "zod";
import { staffProcedure } from "../../trpc";

/** Withdraws an open invitation: its link stops working at once. */
export const revokeInvitation = staffProcedure(rolesThatMay("staffAccounts.manage"))
  .input(invitationIdInput)
  .output(z.object({ revoked: z.literal(true) }))
  .mutation(({ ctx, input }) => {
    const now = new Date();
    return ctx.db.transaction(async (tx) => {
      const invitation = await lockInvitation(tx, input.invitationId);
      checkInvitationOpen(invitation, now);
      await revokeInvitationRow(tx, input.invitationId, now);
      await recordAudit(tx, ctx, { action: "staff.invitation_revoked", patientId: null, metadata: { invitationId: input.invitationId } });
      return { revoked: true as const };
    });
  });
