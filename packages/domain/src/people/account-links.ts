import { DomainError } from "../errors/domain-error";
import type { Role } from "./roles";

const MINUTE = 60_000;

export type AccountLinkPurpose = "email_verification" | "password_reset";

/**
 * How long an emailed link works. A password reset link is a key to the account, so it lives
 * 30 minutes (ASVS 6.4.2); a verification link only proves the mailbox, so it lives a day.
 */
export const ACCOUNT_LINK_LIFETIME_MS: Record<AccountLinkPurpose, number> = {
  email_verification: 24 * 60 * MINUTE,
  password_reset: 30 * MINUTE,
};

/** When a link issued at `now` stops working. */
export function accountLinkExpiry(purpose: AccountLinkPurpose, now: Date): Date {
  return new Date(now.getTime() + ACCOUNT_LINK_LIFETIME_MS[purpose]);
}

/** The app a person signs in to: patients on the patient site, every staff role on the staff admin. */
export type AccountSite = "patient_site" | "staff_admin";

/**
 * Where an account's emailed links (password reset) lead: the app its owner signs in to, whichever
 * app the request came from, so a staff member never lands on the patient site's sign-in.
 */
export function accountSiteOf(role: Role): AccountSite {
  return role === "patient" ? "patient_site" : "staff_admin";
}

export type AccountEmailLimit = { maxEmails: number; windowMs: number };

/**
 * Emails of one kind one account receives at most per hour. Over the limit nothing is sent and the
 * answer stays the same, so the limit cannot tell anyone whether an address has an account.
 */
export const ACCOUNT_EMAIL_LIMIT: AccountEmailLimit = { maxEmails: 3, windowMs: 60 * MINUTE };

/** Emails sent at or after this instant count against the account. */
export function accountEmailWindowStart(now: Date, limit: AccountEmailLimit = ACCOUNT_EMAIL_LIMIT): Date {
  return new Date(now.getTime() - limit.windowMs);
}

/** True while the account may receive one more email of this kind (`recentEmails` counted from the window start). */
export function mayEmailAccount(recentEmails: number, limit: AccountEmailLimit = ACCOUNT_EMAIL_LIMIT): boolean {
  return recentEmails < limit.maxEmails;
}

/**
 * Per client address: at most 10 password-reset requests an hour, across all emails. Refused out
 * loud (it says nothing about any account), so a script cannot make the clinic mail-bomb a list.
 */
export const PASSWORD_RESET_ADDRESS_LIMIT = { maxRequests: 10, windowMs: 60 * MINUTE };

export class TooManyResetRequests extends DomainError {
  constructor() {
    super("too_many_requests", "Too many password reset requests came from this network recently. Please try again in an hour, or call the clinic.");
    this.name = "TooManyResetRequests";
  }
}

/** Throws `TooManyResetRequests` when the address already asked `maxRequests` times within the window. */
export function assertResetRequestAllowed(recentRequests: number, limit = PASSWORD_RESET_ADDRESS_LIMIT): void {
  if (recentRequests >= limit.maxRequests) throw new TooManyResetRequests();
}

export class AccountLinkInvalid extends DomainError {
  constructor(purpose: AccountLinkPurpose) {
    super(
      "invalid",
      purpose === "password_reset"
        ? "This reset link has expired or was already used. Ask for a new one below."
        : "This confirmation link has expired or was already used. Sign in and we will send you a new one.",
    );
    this.name = "AccountLinkInvalid";
  }
}

/**
 * An email's text with every link token replaced: staff reading the outbox must not be able to
 * confirm someone's email or reset their password with the link meant for them.
 */
export function hideAccountLinkTokens(text: string): string {
  return text.replace(/([?&]token=)[^\s&"'<>]+/g, "$1[hidden]");
}
