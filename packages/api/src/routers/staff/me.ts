import { STAFF_ROLES } from "@clinic/domain/people/roles";
import { z } from "zod";
import { staffProcedure } from "../../trpc";
import { staffMemberDto } from "./dto";

/** The signed-in member of staff, for the navigation (which links their role may see). */
export const me = staffProcedure(STAFF_ROLES)
  .input(z.void())
  .output(staffMemberDto)
  .query(({ ctx }) => ({ id: ctx.user.id, name: ctx.user.name, email: ctx.user.email, role: ctx.user.role }));
