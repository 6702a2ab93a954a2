import { changePasswordInput } from "@clinic/domain/people/sign-up";
import { z } from "zod";
import { STAFF_ROLES } from "@clinic/domain/people/roles";
import { staffProcedure } from "../../trpc";
import { changeOwnPassword } from "../own-account/own-account";

/** A member of staff changes their own password (the current one first); their other sessions end. */
export const changePassword = staffProcedure(STAFF_ROLES)
  .input(changePasswordInput)
  .output(z.object({ sessionsEnded: z.number().int() }))
  .mutation(({ ctx, input }) => changeOwnPassword(ctx, input));
