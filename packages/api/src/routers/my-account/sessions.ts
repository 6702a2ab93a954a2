import { STAFF_ROLES } from "@clinic/domain/people/roles";
import { staffProcedure } from "../../trpc";
import { listOwnSessions, ownSessionsDto } from "../own-account/own-account";

/** A member of staff's own open sessions (device, signed in at, last seen). */
export const sessions = staffProcedure(STAFF_ROLES).output(ownSessionsDto).query(({ ctx }) => listOwnSessions(ctx));
