import type { Database } from "@clinic/db/client";
import {
  claimDueEmails,
  markEmailFailed,
  markEmailSent,
  releaseStuckEmails,
  renewClaim,
  type ClaimedEmail,
} from "@clinic/db/queries/email-outbox";
import type { Transporter } from "nodemailer";
import { MAX_SEND_ATTEMPTS, nextStepAfterFailure, STUCK_SENDING_AFTER_MS } from "./delivery-policy";
import { describeSendError } from "./send-error";

export type DeliveryOptions = {
  /**
   * The clock of this run: what is due, claim times, sent_at and retry times are all measured from
   * it. Defaults to the real time, read afresh for each timestamp.
   */
  now?: Date;
  /** How many emails one run claims; they are sent one after another. */
  batchSize?: number;
  maxAttempts?: number;
};

export type DeliveryReport = {
  /** Rows found stuck in "sending" (their sender stopped) and put back in line or given up. */
  recovered: number;
  claimed: number;
  sent: number;
  /** Failed this time, will be tried again later. */
  retrying: number;
  /** Failed for the last time. */
  failed: number;
};

export const DEFAULT_BATCH_SIZE = 20;

const STUCK_MESSAGE = "The sender stopped before recording a result (no answer within 10 minutes); it may have gone out once already.";

/**
 * One delivery run over the outbox: recovers abandoned rows, claims due ones, sends each through
 * `transport` and records the result. Safe in several processes at once; at least once
 * (docs/decisions/0011-outbox-delivery-claims-and-retries.md).
 */
export async function deliverPendingEmails(
  db: Database,
  transport: Transporter,
  options: DeliveryOptions = {},
): Promise<DeliveryReport> {
  const fixed = options.now;
  const clock = fixed ? () => fixed : () => new Date();
  const maxAttempts = options.maxAttempts ?? MAX_SEND_ATTEMPTS;
  const report: DeliveryReport = { recovered: 0, claimed: 0, sent: 0, retrying: 0, failed: 0 };

  report.recovered = await recoverStuckEmails(db, clock(), maxAttempts);
  const claimed = await claimDueEmails(db, clock(), options.batchSize ?? DEFAULT_BATCH_SIZE);
  report.claimed = claimed.length;

  for (const email of claimed) {
    // Later rows of a batch wait for earlier sends; refresh the claim so they are not taken for
    // abandoned meanwhile, and skip any that another sender recovered and re-claimed after all.
    if (!(await renewClaim(db, email, clock()))) continue;
    try {
      await transport.sendMail({
        to: email.toAddress,
        subject: email.subject,
        text: email.textBody,
        html: email.htmlBody ?? undefined,
        // Stable per outbox row, so a duplicate after crash recovery can be recognised downstream.
        messageId: `<${email.id}@email-outbox>`,
      });
    } catch (error) {
      const outcome = await recordFailure(db, email, describeSendError(error), clock(), maxAttempts);
      report[outcome === "failed" ? "failed" : "retrying"] += 1;
      continue;
    }
    await markEmailSent(db, email, clock());
    report.sent += 1;
  }
  return report;
}

/** Rows in "sending" whose claim is older than STUCK_SENDING_AFTER_MS: retry now, or give up if out of attempts. */
async function recoverStuckEmails(db: Database, now: Date, maxAttempts: number): Promise<number> {
  const claimedBefore = new Date(now.getTime() - STUCK_SENDING_AFTER_MS);
  const rows = await releaseStuckEmails(db, { now, claimedBefore, maxAttempts, lastError: STUCK_MESSAGE });
  for (const row of rows) {
    console.warn(`email outbox: email ${row.id} was stuck in "sending"; now ${row.status}`);
  }
  return rows.length;
}

async function recordFailure(
  db: Database,
  email: ClaimedEmail,
  error: string,
  now: Date,
  maxAttempts: number,
): Promise<"pending" | "failed"> {
  const next = nextStepAfterFailure(email.attempts, now, maxAttempts);
  await markEmailFailed(db, email, next, error, now);
  // Template and id only: the recipient and the body stay in the table.
  const what = next.status === "failed" ? "giving up" : `retrying after ${next.sendAfter.toISOString()}`;
  console.warn(`email outbox: email ${email.id} (${email.template}) attempt ${email.attempts} failed (${error}); ${what}`);
  return next.status;
}
