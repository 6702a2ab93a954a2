import { listOpenInvitations, providersWithoutAccount } from "@clinic/db/queries/staff-invitations";
import { STAFF_ROLES, isStaffRole } from "@clinic/domain/people/roles";
import { rolesThatMay } from "@clinic/domain/people/staff-permissions";
import { invitationStatus } from "@clinic/domain/people/staff-invitation";
import { z } from "zod";
import { staffProcedure } from "../../trpc";

/** Open invitations (pending or expired) for the staff accounts page, and the provider profiles an invitation may link. */
export const invitations = staffProcedure(rolesThatMay("staffAccounts.manage"))
  .input(z.void())
  .output(
    z.object({
      invitations: z.array(
        z.object({
          id: z.uuid(),
          email: z.string(),
          name: z.string(),
          role: z.enum(STAFF_ROLES),
          providerName: z.string().nullable(),
          invitedByName: z.string(),
          createdAt: z.date(),
          expiresAt: z.date(),
          status: z.enum(["pending", "expired"]),
        }),
      ),
      unlinkedProviders: z.array(z.object({ id: z.uuid(), name: z.string() })),
    }),
  )
  .query(async ({ ctx }) => {
    const now = new Date();
    const [rows, unlinkedProviders] = await Promise.all([listOpenInvitations(ctx.db), providersWithoutAccount(ctx.db)]);
    return {
      invitations: rows.flatMap((row) => {
        const role = row.role;
        if (!isStaffRole(role)) return [];
        const status = invitationStatus({ ...row, acceptedAt: null, revokedAt: null }, now) === "expired" ? ("expired" as const) : ("pending" as const);
        return [{ ...row, role, status }];
      }),
      unlinkedProviders,
    };
  });
