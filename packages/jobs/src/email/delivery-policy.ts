/** After this many failed sends an email is given up as "failed" (about two hours of retries). */
export const MAX_SEND_ATTEMPTS = 8;

/** The wait after the first failure; each further failure doubles it (1, 2, 4 … 64 minutes). */
export const FIRST_RETRY_DELAY_MS = 60_000;

/** Upper bound of one wait, so a larger MAX_SEND_ATTEMPTS never schedules a retry days away. */
export const MAX_RETRY_DELAY_MS = 2 * 60 * 60_000;

/**
 * A row left in "sending" this long belongs to a sender that stopped (crash, deploy) before it
 * recorded the result. It must stay well above the transport's own timeouts (see transport.ts),
 * or a slow but live send would be retried while it is still in flight.
 */
export const STUCK_SENDING_AFTER_MS = 10 * 60_000;

export type NextStep = { status: "pending"; sendAfter: Date } | { status: "failed" };

/** How long to wait before the next try, given how many tries have been made (1 or more). */
export function retryDelayMs(attemptsMade: number): number {
  const doublings = Math.max(0, attemptsMade - 1);
  return Math.min(FIRST_RETRY_DELAY_MS * 2 ** doublings, MAX_RETRY_DELAY_MS);
}

/** What happens to an email whose latest try failed: retry later with exponential backoff, or give up. */
export function nextStepAfterFailure(attemptsMade: number, now: Date, maxAttempts: number = MAX_SEND_ATTEMPTS): NextStep {
  if (attemptsMade >= maxAttempts) return { status: "failed" };
  return { status: "pending", sendAfter: new Date(now.getTime() + retryDelayMs(attemptsMade)) };
}
