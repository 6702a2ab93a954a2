import { index, integer, pgEnum, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { id, timestamps } from "./columns";

export const emailStatus = pgEnum("email_status", ["pending", "sending", "sent", "failed"]);

/**
 * Transactional outbox: an email is written in the same transaction as the change that causes it,
 * and a sender delivers it later through nodemailer, so nothing is lost if SMTP is down.
 */
export const emailOutbox = pgTable(
  "email_outbox",
  {
    id: id(),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    textBody: text("text_body").notNull(),
    htmlBody: text("html_body"),
    /** Which template produced it, e.g. "welcome". */
    template: text("template").notNull(),
    /**
     * Set when the same email must never be written twice, e.g. "appointment-reminder:<id>:<start>":
     * a retried job inserts with ON CONFLICT DO NOTHING.
     */
    dedupeKey: text("dedupe_key").unique(),
    status: emailStatus("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    sendAfter: timestamp("send_after", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    ...timestamps,
  },
  (t) => [index("email_outbox_pending_idx").on(t.status, t.sendAfter)],
);
