import { z } from "zod";
import { STAFF_ROLES } from "@clinic/domain/people/roles";
import { staffProcedure } from "../../trpc";
import { endOtherOwnSessions } from "../own-account/own-account";

/** A member of staff signs out everywhere but here. */
export const endOtherSessions = staffProcedure(STAFF_ROLES).output(z.object({ sessionsEnded: z.number().int() })).mutation(({ ctx }) => endOtherOwnSessions(ctx));
