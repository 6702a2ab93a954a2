import { STAFF_ROLES } from "@clinic/domain/people/roles";
import { asc, eq, inArray, max } from "drizzle-orm";
import type { Executor } from "../client";
import { authSessions, users, userTotp } from "../schema";

/**
 * Every staff account, by name, with when it last signed in (the newest session that passed the second
 * factor: a password alone is not a sign-in for staff) and whether its authenticator is set up.
 */
export function listStaffAccounts(db: Executor) {
  return db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      disabledAt: users.disabledAt,
      createdAt: users.createdAt,
      lastSignInAt: max(authSessions.mfaVerifiedAt),
      mfaEnabledAt: userTotp.enabledAt,
    })
    .from(users)
    .leftJoin(authSessions, eq(authSessions.userId, users.id))
    .leftJoin(userTotp, eq(userTotp.userId, users.id))
    .where(inArray(users.role, [...STAFF_ROLES]))
    .groupBy(users.id, userTotp.userId)
    .orderBy(asc(users.name), asc(users.id));
}

/** The account an administrator is about to change, locked until the change commits. */
export async function lockAccountForChange(db: Executor, userId: string) {
  const [row] = await db.select({ id: users.id, role: users.role, disabledAt: users.disabledAt }).from(users).where(eq(users.id, userId)).for("update");
  return row ?? null;
}

export async function setAccountRole(db: Executor, userId: string, role: (typeof users.role.enumValues)[number]): Promise<void> {
  await db.update(users).set({ role, updatedAt: new Date() }).where(eq(users.id, userId));
}

/** Disables (at `at`) or re-enables (null) an account. Sessions are ended separately, in the same transaction. */
export async function setAccountDisabledAt(db: Executor, userId: string, at: Date | null): Promise<void> {
  await db.update(users).set({ disabledAt: at, updatedAt: new Date() }).where(eq(users.id, userId));
}
