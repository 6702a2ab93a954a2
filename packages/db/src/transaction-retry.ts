import type { Database, Executor } from "./client";

/** deadlock_detected and serialization_failure: the transaction did nothing wrong and may simply run again. */
const RETRYABLE_SQLSTATES = new Set(["40P01", "40001"]);

function sqlStateOf(error: unknown): string | undefined {
  let current: unknown = error;
  // Drizzle wraps the driver's error; the chain is short, but bounded in case of a cycle.
  for (let depth = 0; depth < 5 && typeof current === "object" && current !== null; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && RETRYABLE_SQLSTATES.has(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

export function isRetryableTransactionError(error: unknown): boolean {
  return sqlStateOf(error) !== undefined;
}

/**
 * Runs `work`, and again (up to `attempts` times in all) when PostgreSQL aborted it as a deadlock
 * victim or a serialization failure; any other error ends it at once. `work` must be a whole
 * transaction (e.g. one statement, or db.transaction(...)).
 */
export async function withRetries<T>(work: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || !isRetryableTransactionError(error)) throw error;
      // A little jitter, so the transactions that collided do not collide again in lockstep.
      await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * attempt));
    }
  }
}

/**
 * Runs `work` in a transaction, and again (up to `attempts` times in all) when PostgreSQL aborted
 * it as a deadlock victim or a serialization failure; any other error ends it at once.
 */
export async function inRetriedTransaction<T>(db: Database, work: (tx: Executor) => Promise<T>, attempts = 3): Promise<T> {
  return withRetries(() => db.transaction(work), attempts);
}
