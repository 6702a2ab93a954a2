import { changePasswordInput } from "@clinic/domain/people/sign-up";
import { z } from "zod";
import { patientAccountProcedure } from "../../trpc";
import { changeOwnPassword } from "../own-account/own-account";

/** A signed-in patient changes their own password (the current one first); their other sessions end. */
export const changePassword = patientAccountProcedure
  .input(changePasswordInput)
  .output(z.object({ sessionsEnded: z.number().int() }))
  .mutation(({ ctx, input }) => changeOwnPassword(ctx, input));
