import { eq } from "drizzle-orm";
import type { Executor } from "../client";
import { providers } from "../schema";

/** The provider record a staff log-in belongs to (providers.user_id), or null: what "own" means for a provider. */
export async function findProviderIdOfUser(db: Executor, userId: string): Promise<string | null> {
  const [row] = await db.select({ id: providers.id }).from(providers).where(eq(providers.userId, userId)).limit(1);
  return row?.id ?? null;
}
