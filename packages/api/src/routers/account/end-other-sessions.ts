import { z } from "zod";
import { patientAccountProcedure } from "../../trpc";
import { endOtherOwnSessions } from "../own-account/own-account";

/** A signed-in patient signs out everywhere but here. */
export const endOtherSessions = patientAccountProcedure.output(z.object({ sessionsEnded: z.number().int() })).mutation(({ ctx }) => endOtherOwnSessions(ctx));
