const MINUTE = 60_000;

export type ThrottlePolicy = {
  /** The failure (in one streak) that first locks. */
  threshold: number;
  /** A streak is forgiven after this long without failures (counted from the end of any lock). */
  forgiveAfterMs: number;
  /** Lock after reaching the threshold; doubles with each further failure ... */
  baseDelayMs: number;
  /** ... up to this cap. */
  maxDelayMs: number;
};

/**
 * Per account (lower(email)): the 5th failure in a row within 15 minutes of each other locks the
 * account for 1 minute, each further failure doubles it (2, 4, 8 minutes), capped at 15.
 */
export const ACCOUNT_THROTTLE: ThrottlePolicy = {
  threshold: 5,
  forgiveAfterMs: 15 * MINUTE,
  baseDelayMs: MINUTE,
  maxDelayMs: 15 * MINUTE,
};

/**
 * Per client address, across accounts (password spraying). Far looser than per account, so a
 * household or a clinic's front desk behind one address is not locked out by one person's typos;
 * spraying still stops at 100 guesses, then the lock doubles as per account.
 */
export const IP_THROTTLE: ThrottlePolicy = { ...ACCOUNT_THROTTLE, threshold: 100 };

/** Lock imposed after the `failures`-th failure of a streak (0 while under the threshold). */
export function lockDelayMs(failures: number, policy: ThrottlePolicy): number {
  if (failures < policy.threshold) return 0;
  const doublings = Math.min(failures - policy.threshold, 30); // 2^30 minutes is past any cap
  return Math.min(policy.baseDelayMs * 2 ** doublings, policy.maxDelayMs);
}

/**
 * When the lock earned by these failures ends (may lie in the past), or null if they never
 * reached the threshold. Failures come from the caller already limited to the current streak
 * (for accounts: since the last success). A gap longer than `forgiveAfterMs` after the previous
 * failure — or after the end of the lock it caused — starts a new streak.
 */
export function lockedUntil(failures: readonly Date[], policy: ThrottlePolicy): Date | null {
  const times = failures.map((failure) => failure.getTime()).sort((a, b) => a - b);
  let streak = 0;
  let quietSince = Number.NEGATIVE_INFINITY;
  let until: number | null = null;
  for (const time of times) {
    if (time - quietSince > policy.forgiveAfterMs) streak = 0;
    streak += 1;
    const delay = lockDelayMs(streak, policy);
    until = delay > 0 ? time + delay : null;
    quietSince = until ?? time;
  }
  return until === null ? null : new Date(until);
}

/** Whole minutes until `until`, at least 1, as shown to the person ("Try again in N minutes."). */
export function minutesUntil(until: Date, now: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / MINUTE));
}
