import { findProviderIdOfUser } from "@clinic/db/queries/staff-providers";
import type { Executor } from "@clinic/db/client";
import { providerScope, type ProviderScope, type StaffCapability } from "@clinic/domain/people/staff-permissions";
import type { StaffUser } from "./trpc";

/** Whose records this member of staff reaches for an "all"/"own" pair of capabilities (visits, patients). */
export async function scopeOf(db: Executor, user: StaffUser, all: StaffCapability, own: StaffCapability): Promise<ProviderScope> {
  const providerId = user.role === "provider" ? await findProviderIdOfUser(db, user.id) : null;
  return providerScope({ role: user.role, providerId }, all, own);
}
