import { recordAudit, type AuditAction } from "@clinic/db/queries/audit";
import { lockAccountForChange, setAccountDisabledAt, setAccountRole } from "@clinic/db/queries/staff-accounts";
import { revokeAllSessionsForUser } from "@clinic/auth/sessions";
import { removeTotp } from "@clinic/db/queries/mfa";
import { checkStaffAccountChange, staffAccountChangeInput, type StaffAccountChange } from "@clinic/domain/people/staff-account-change";
import { rolesThatMay } from "@clinic/domain/people/staff-permissions";
import { z } from "zod";
import { staffProcedure } from "../../trpc";

const AUDIT_ACTION_FOR = {
  role: "staff.role_changed",
  disable: "staff.disabled",
  enable: "staff.enabled",
  reset_second_factor: "staff.second_factor_reset",
} as const satisfies Record<StaffAccountChange["kind"], AuditAction>;

/**
 * Changes a staff account's role, disables it (every session ends at once: its next request is
 * refused), re-enables it, or resets a lost authenticator (TOTP and recovery codes go, every session
 * ends; the next sign-in enrols again). Load, decide, record, audited in one transaction.
 */
export const change = staffProcedure(rolesThatMay("staffAccounts.manage"))
  .input(staffAccountChangeInput)
  .output(z.object({ sessionsEnded: z.number().int() }))
  .mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const target = await lockAccountForChange(tx, input.userId);
      const fromRole = checkStaffAccountChange(ctx.user.id, target, input);
      let sessionsEnded = 0;
      if (input.kind === "role") await setAccountRole(tx, input.userId, input.role);
      if (input.kind === "disable") {
        await setAccountDisabledAt(tx, input.userId, target?.disabledAt ?? new Date());
        sessionsEnded = await revokeAllSessionsForUser(tx, input.userId);
      }
      if (input.kind === "enable") await setAccountDisabledAt(tx, input.userId, null);
      if (input.kind === "reset_second_factor") {
        await removeTotp(tx, input.userId);
        sessionsEnded = await revokeAllSessionsForUser(tx, input.userId);
      }
      await recordAudit(tx, ctx, {
        action: AUDIT_ACTION_FOR[input.kind],
        patientId: null,
        metadata: { targetUserId: input.userId, ...(input.kind === "role" ? { fromRole, toRole: input.role } : {}), sessionsEnded },
      });
      return { sessionsEnded };
    }),
  );
