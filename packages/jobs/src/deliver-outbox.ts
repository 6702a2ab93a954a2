import type { Database } from "@clinic/db/client";
import type { Transporter } from "nodemailer";
import { DEFAULT_BATCH_SIZE, deliverPendingEmails, type DeliveryReport } from "./email/deliver";

export type DeliverOutboxOptions = {
  batchSize?: number;
  /** Checked between batches: a worker shutting down stops after the batch in hand. */
  stopped?: () => boolean;
};

/**
 * One deliver_outbox job: delivery runs over the outbox one after another while they come back
 * full, so a burst of email drains in one job. Emails that fail wait for their back-off
 * (send_after); the every-minute run of this job picks them up when due.
 */
export async function deliverOutbox(db: Database, transport: Transporter, options: DeliverOutboxOptions = {}): Promise<DeliveryReport> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const total: DeliveryReport = { recovered: 0, claimed: 0, sent: 0, retrying: 0, failed: 0 };
  for (;;) {
    const report = await deliverPendingEmails(db, transport, { batchSize });
    for (const key of Object.keys(total) as (keyof DeliveryReport)[]) total[key] += report[key];
    if (report.claimed < batchSize || options.stopped?.()) return total;
  }
}
