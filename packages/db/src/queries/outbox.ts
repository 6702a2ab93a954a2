import type { Executor } from "../client";
import { emailOutbox } from "../schema";
import { count, desc, eq } from "drizzle-orm";

type EmailStatus = (typeof emailOutbox.status.enumValues)[number];

/** One page of the outbox, newest first, optionally only one status. */
export async function listOutboxEmails(db: Executor, filter: { status?: EmailStatus; page: number; pageSize: number }) {
  const where = filter.status ? eq(emailOutbox.status, filter.status) : undefined;
  const items = await db
    .select({
      id: emailOutbox.id,
      toAddress: emailOutbox.toAddress,
      subject: emailOutbox.subject,
      template: emailOutbox.template,
      status: emailOutbox.status,
      attempts: emailOutbox.attempts,
      lastError: emailOutbox.lastError,
      createdAt: emailOutbox.createdAt,
      sentAt: emailOutbox.sentAt,
      textBody: emailOutbox.textBody,
    })
    .from(emailOutbox)
    .where(where)
    .orderBy(desc(emailOutbox.createdAt), desc(emailOutbox.id))
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize);
  const [total] = await db.select({ value: count() }).from(emailOutbox).where(where);
  return { items, total: total?.value ?? 0 };
}
