import { z } from "zod";
import { STAFF_ROLES } from "@clinic/domain/people/roles";
import { staffProcedure } from "../../trpc";
import { endOwnSession } from "../own-account/own-account";

/** A member of staff ends one of their own sessions (e.g. a lost phone). */
export const endSession = staffProcedure(STAFF_ROLES)
  .input(z.object({ sessionId: z.uuid() }))
  .output(z.object({ ended: z.boolean() }))
  .mutation(({ ctx, input }) => endOwnSession(ctx, input.sessionId));
