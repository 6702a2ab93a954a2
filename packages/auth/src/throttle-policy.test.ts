import { describe, expect, it } from "vitest";
import { ACCOUNT_THROTTLE, IP_THROTTLE, lockDelayMs, lockedUntil, minutesUntil } from "./throttle-policy";

const MINUTE = 60_000;
const start = new Date("2026-03-02T15:00:00Z");
const at = (minutes: number) => new Date(start.getTime() + minutes * MINUTE);

describe("lockDelayMs", () => {
  it("does not lock before the 5th failure, then 1, 2, 4, 8 minutes, capped at 15", () => {
    const delays = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 40].map((n) => lockDelayMs(n, ACCOUNT_THROTTLE) / MINUTE);
    expect(delays).toEqual([0, 0, 0, 0, 1, 2, 4, 8, 15, 15, 15]);
  });

  it("locks an address only after 100 failures, 20 times the account's threshold", () => {
    expect(lockDelayMs(99, IP_THROTTLE)).toBe(0);
    expect(lockDelayMs(100, IP_THROTTLE)).toBe(MINUTE);
    expect(IP_THROTTLE.threshold).toBe(20 * ACCOUNT_THROTTLE.threshold);
  });
});

describe("lockedUntil", () => {
  it("is null under the threshold", () => {
    expect(lockedUntil([at(0), at(1), at(2), at(3)], ACCOUNT_THROTTLE)).toBeNull();
    expect(lockedUntil([], ACCOUNT_THROTTLE)).toBeNull();
  });

  it("locks for 1 minute after the 5th failure in quick succession, in any input order", () => {
    expect(lockedUntil([at(4), at(0), at(1), at(3), at(2)], ACCOUNT_THROTTLE)).toEqual(at(5));
  });

  it("grows the lock with each failure after a lock ends", () => {
    // 5 failures → locked until 5; failure at 5 → 2 min (until 7); at 7 → 4 min (until 11).
    const failures = [at(0), at(1), at(2), at(3), at(4), at(5), at(7)];
    expect(lockedUntil(failures, ACCOUNT_THROTTLE)).toEqual(at(11));
  });

  it("forgives a streak after 15 quiet minutes", () => {
    const failures = [at(0), at(1), at(2), at(3), at(20)];
    expect(lockedUntil(failures, ACCOUNT_THROTTLE)).toBeNull();
  });

  it("counts the quiet time from the end of a lock, so the cap cannot be waited out for free", () => {
    // Locks: 1 (until 5), 2 (until 7), 4 (until 11), 8 (until 19), 15 (until 34); then a failure
    // 10 minutes after that lock ended still belongs to the streak.
    const failures = [at(0), at(1), at(2), at(3), at(4), at(5), at(7), at(11), at(19), at(44)];
    expect(lockedUntil(failures, ACCOUNT_THROTTLE)).toEqual(at(59));
  });
});

describe("minutesUntil", () => {
  it("rounds up and never says 0 minutes", () => {
    expect(minutesUntil(at(4), at(0))).toBe(4);
    expect(minutesUntil(new Date(start.getTime() + 61_000), start)).toBe(2);
    expect(minutesUntil(new Date(start.getTime() + 1_000), start)).toBe(1);
  });
});
