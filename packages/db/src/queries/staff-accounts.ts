import { STAFF_ROLES } from "@clinic/domain/people/roles";
import { asc, eq, inArray, max } from "drizzle-orm";
import type { Executor } from "../client";
import { authSessions, users } from "../schema";

/** Every staff account, by name, with when it last signed in (the newest session it opened). */
export function listStaffAccounts(db: Executor) {
  return db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      disabledAt: users.disabledAt,
      createdAt: users.createdAt,
      lastSignInAt: max(authSessions.createdAt),
    })
    .from(users)
    .leftJoin(authSessions, eq(authSessions.userId, users.id))
    .where(inArray(users.role, [...STAFF_ROLES]))
    .groupBy(users.id)
    .orderBy(asc(users.name), asc(users.id));
}
