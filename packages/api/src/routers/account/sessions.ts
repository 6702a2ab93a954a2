import { patientAccountProcedure } from "../../trpc";
import { listOwnSessions, ownSessionsDto } from "../own-account/own-account";

/** A signed-in patient's own open sessions (device, signed in at, last seen). */
export const sessions = patientAccountProcedure.output(ownSessionsDto).query(({ ctx }) => listOwnSessions(ctx));
