/**
 * How far back sign-in throttling looks at attempts; older ones no longer matter, and the
 * worker's housekeeping deletes them.
 */
export const SIGN_IN_LOOKBACK_MS = 24 * 60 * 60_000;
