import { listStaffAccounts } from "@clinic/db/queries/staff-accounts";
import { isStaffRole } from "@clinic/domain/people/roles";
import { rolesThatMay } from "@clinic/domain/people/staff-permissions";
import { z } from "zod";
import { staffProcedure } from "../../trpc";
import { staffAccountDto } from "./dto";

/** Every staff account for administrators: role, whether it is disabled, and its last sign-in. */
export const list = staffProcedure(rolesThatMay("staffAccounts.manage"))
  .input(z.void())
  .output(z.array(staffAccountDto))
  .query(async ({ ctx }) => {
    const rows = await listStaffAccounts(ctx.db);
    return rows.flatMap((row) => (isStaffRole(row.role) ? [{ ...row, role: row.role }] : []));
  });
