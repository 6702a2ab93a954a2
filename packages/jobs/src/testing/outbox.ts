// Test helpers for the email outbox: rows written straight with drizzle, and real nodemailer
// transporters (custom transports plug into nodemailer's own Mailer, so headers are built for real).
import type { Database } from "@clinic/db/client";
import { emailOutbox } from "@clinic/db/schema";
import nodemailer, { type Transporter } from "nodemailer";

type OutboxRow = typeof emailOutbox.$inferInsert;

let sequence = 0;

export async function insertOutboxEmail(db: Database, fields: Partial<OutboxRow> = {}) {
  sequence += 1;
  const [row] = await db
    .insert(emailOutbox)
    .values({
      toAddress: `person${sequence}@example.test`,
      subject: `Subject ${sequence}`,
      textBody: `Hello number ${sequence}`,
      htmlBody: `<p>Hello number ${sequence}</p>`,
      template: "welcome",
      ...fields,
    })
    .returning();
  if (!row) throw new Error("no outbox row inserted");
  return row;
}

/** Accepts every message after `delayMs`, recording the outbox id (from the Message-ID) of each. */
export function recordingTransport(delayMs = 0): { transport: Transporter; sentIds: string[]; maxConcurrent: () => number } {
  const sentIds: string[] = [];
  let active = 0;
  let maxActive = 0;
  const transport = nodemailer.createTransport({
    name: "recording",
    version: "1",
    send(mail, callback) {
      active += 1;
      maxActive = Math.max(maxActive, active);
      setTimeout(() => {
        active -= 1;
        const messageId = String(mail.data.messageId ?? "");
        sentIds.push(messageId.replace(/^<|@.*$/g, ""));
        const envelope = mail.message.getEnvelope();
        callback(null, { messageId, envelope, accepted: envelope.to, rejected: [], pending: [], response: "250 OK" });
      }, delayMs);
    },
  });
  return { transport, sentIds, maxConcurrent: () => maxActive };
}

/** Rejects every message the way an SMTP server rejecting the recipient would. */
export function failingTransport(): Transporter {
  return nodemailer.createTransport({
    name: "failing",
    version: "1",
    send(mail, callback) {
      const to = String(mail.data.to);
      const error = Object.assign(new Error(`Can't send mail - all recipients were rejected: 550 5.1.1 <${to}>: Recipient address rejected`), {
        code: "EENVELOPE",
        responseCode: 550,
      });
      callback(error, undefined as never);
    },
  });
}
