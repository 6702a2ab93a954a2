import type { Database } from "@clinic/db/client";
import { deleteSignInAttemptsBefore } from "@clinic/db/queries/housekeeping";
import { SIGN_IN_LOOKBACK_MS } from "@clinic/domain/people/sign-in-lookback";

export type HousekeepingReport = {
  /** Sign-in attempts older than throttling looks back (a day), deleted. */
  signInAttemptsRemoved: number;
};

/**
 * Deletes rows that only grow and no longer matter: sign-in attempts older than throttling looks
 * back (a day). The worker runs it hourly (the `housekeeping` job); each delete is idempotent, so
 * a retried or doubled run is harmless.
 */
export async function runHousekeeping(db: Database, now: Date = new Date()): Promise<HousekeepingReport> {
  return { signInAttemptsRemoved: await deleteSignInAttemptsBefore(db, new Date(now.getTime() - SIGN_IN_LOOKBACK_MS)) };
}
