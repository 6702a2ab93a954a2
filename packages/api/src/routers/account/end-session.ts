import { z } from "zod";
import { patientAccountProcedure } from "../../trpc";
import { endOwnSession } from "../own-account/own-account";

/** A signed-in patient ends one of their own sessions (e.g. a lost phone). */
export const endSession = patientAccountProcedure
  .input(z.object({ sessionId: z.uuid() }))
  .output(z.object({ ended: z.boolean() }))
  .mutation(({ ctx, input }) => endOwnSession(ctx, input.sessionId));
