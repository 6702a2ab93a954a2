import { eq, sql } from "drizzle-orm";
import type { Executor } from "../client";
import { authSessions, users } from "../schema";

/** The account an email names (lower-cased key), for naming the actor of a sign-in event. */
export async function findAccountByEmailKey(db: Executor, emailKey: string) {
  const [row] = await db.select({ id: users.id, role: users.role }).from(users).where(sql`lower(${users.email}) = ${emailKey}`).limit(1);
  return row ?? null;
}

/** Whose session this is, for naming the actor of a sign-out. */
export async function findSessionOwner(db: Executor, sessionId: string) {
  const [row] = await db
    .select({ id: users.id, role: users.role })
    .from(authSessions)
    .innerJoin(users, eq(users.id, authSessions.userId))
    .where(eq(authSessions.id, sessionId))
    .limit(1);
  return row ?? null;
}
