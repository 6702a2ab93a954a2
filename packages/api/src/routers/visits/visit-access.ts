import type { Executor } from "@clinic/db/client";
import { findVisit, type Visit } from "@clinic/db/queries/visits";
import { NotFound } from "@clinic/domain/errors/domain-error";
import { NoProviderRecord, NotYourVisit } from "@clinic/domain/appointments/visit-transitions";
import type { ProviderScope } from "@clinic/domain/people/staff-permissions";

/**
 * The visit, when `scope` reaches it: unknown ids are NotFound; another provider's visit is refused
 * with a sentence saying why (FORBIDDEN), never answered as if it did not exist.
 */
export async function visitInScope(db: Executor, scope: ProviderScope, id: string, options: { forUpdate?: boolean } = {}): Promise<Visit> {
  if (scope.kind === "none") throw new NoProviderRecord();
  const visit = await findVisit(db, id, options);
  if (!visit) throw new NotFound("That visit");
  if (scope.kind === "own" && visit.providerId !== scope.providerId) throw new NotYourVisit();
  return visit;
}
