import { DomainError } from "../errors/domain-error";

const MINUTE = 60_000;

export type SignUpThrottlePolicy = {
  /** Accounts one client address may create within the window; the next one is refused. */
  maxAccounts: number;
  windowMs: number;
};

/**
 * Per client address: at most 20 self sign-ups an hour. Each sign-up makes the clinic email the
 * address typed in, so bulk sign-ups would turn the welcome email into a spam relay. Loose enough
 * for a front desk helping a queue of patients, and for end-to-end tests run from one machine.
 */
export const SIGN_UP_THROTTLE: SignUpThrottlePolicy = { maxAccounts: 20, windowMs: 60 * MINUTE };

export class TooManySignUps extends DomainError {
  constructor() {
    super("too_many_requests", "Too many accounts were created from this network recently. Please try again later, or call the clinic.");
    this.name = "TooManySignUps";
  }
}

/** Sign-ups at or after this instant count against the address. */
export function signUpWindowStart(now: Date, policy: SignUpThrottlePolicy = SIGN_UP_THROTTLE): Date {
  return new Date(now.getTime() - policy.windowMs);
}

/**
 * Throws `TooManySignUps` when the address already created `maxAccounts` accounts within the
 * window (`recentSignUps` counted from `signUpWindowStart`).
 */
export function assertSignUpAllowed(recentSignUps: number, policy: SignUpThrottlePolicy = SIGN_UP_THROTTLE): void {
  if (recentSignUps >= policy.maxAccounts) throw new TooManySignUps();
}
