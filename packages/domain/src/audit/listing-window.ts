/**
 * A patient shown again to the same member of staff by the same list within this many minutes is not
 * audited again: the first listing in the window stands for the refreshes after it (docs/decisions/0099).
 */
export const LISTING_AUDIT_WINDOW_MINUTES = 15;
