import { describe, expect, it } from "vitest";
import { DomainError } from "../errors/domain-error";
import { assertSignUpAllowed, SIGN_UP_THROTTLE, signUpWindowStart, TooManySignUps } from "./sign-up-policy";

describe("sign-up throttle policy", () => {
  it("allows 20 accounts an hour per address by default", () => {
    expect(SIGN_UP_THROTTLE).toEqual({ maxAccounts: 20, windowMs: 60 * 60_000 });
  });

  it("allows sign-ups below the limit and refuses from the limit on", () => {
    expect(() => assertSignUpAllowed(0)).not.toThrow();
    expect(() => assertSignUpAllowed(19)).not.toThrow();
    expect(() => assertSignUpAllowed(20)).toThrow(TooManySignUps);
    expect(() => assertSignUpAllowed(3, { maxAccounts: 3, windowMs: 1 })).toThrow(TooManySignUps);
  });

  it("refuses as too_many_requests with a message for the person signing up", () => {
    const error = new TooManySignUps();
    expect(error).toBeInstanceOf(DomainError);
    expect(error.kind).toBe("too_many_requests");
    expect(error.message).toBe("Too many accounts were created from this network recently. Please try again later, or call the clinic.");
  });

  it("starts the window one window-length before now", () => {
    const now = new Date("2026-03-02T15:00:00Z");
    expect(signUpWindowStart(now)).toEqual(new Date("2026-03-02T14:00:00Z"));
    expect(signUpWindowStart(now, { maxAccounts: 1, windowMs: 60_000 })).toEqual(new Date("2026-03-02T14:59:00Z"));
  });
});
