import { describe, expect, it } from "vitest";
import { MAX_RETRY_DELAY_MS, MAX_SEND_ATTEMPTS, nextStepAfterFailure, retryDelayMs } from "./delivery-policy";

const minutes = (n: number) => n * 60_000;

describe("retryDelayMs", () => {
  it("doubles from one minute", () => {
    expect([1, 2, 3, 4, 5, 6, 7].map(retryDelayMs)).toEqual([1, 2, 4, 8, 16, 32, 64].map(minutes));
  });

  it("never waits longer than the cap", () => {
    expect(retryDelayMs(30)).toBe(MAX_RETRY_DELAY_MS);
  });
});

describe("nextStepAfterFailure", () => {
  const now = new Date("2026-03-02T15:00:00Z");

  it("reschedules with the backoff while attempts remain", () => {
    expect(nextStepAfterFailure(3, now)).toEqual({ status: "pending", sendAfter: new Date("2026-03-02T15:04:00Z") });
  });

  it("gives up at the last attempt", () => {
    expect(nextStepAfterFailure(MAX_SEND_ATTEMPTS - 1, now).status).toBe("pending");
    expect(nextStepAfterFailure(MAX_SEND_ATTEMPTS, now)).toEqual({ status: "failed" });
    expect(nextStepAfterFailure(2, now, 2)).toEqual({ status: "failed" });
  });
});
