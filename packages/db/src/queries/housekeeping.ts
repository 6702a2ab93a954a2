import { lt } from "drizzle-orm";
import type { Executor } from "../client";
import { signInAttempts } from "../schema";

/** Deletes sign-in attempts made before `cutoff`; returns how many went. */
export async function deleteSignInAttemptsBefore(db: Executor, cutoff: Date): Promise<number> {
  const removed = await db.delete(signInAttempts).where(lt(signInAttempts.attemptedAt, cutoff)).returning({ id: signInAttempts.id });
  return removed.length;
}
