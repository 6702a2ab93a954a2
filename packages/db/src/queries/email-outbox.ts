import { and, asc, eq, inArray, lt, lte, sql, type SQL } from "drizzle-orm";
import type { Database, Executor } from "../client";
import { emailOutbox } from "../schema";

/** An email as the outbox stores it, before it is sent. */
export type OutboxEmail = {
  toAddress: string;
  subject: string;
  textBody: string;
  htmlBody?: string | null;
  template: string;
  /** See email_outbox.dedupe_key: a second insert with the same key is skipped. */
  dedupeKey?: string | null;
};

/** A row claimed for one send: its attempt number is the fencing token of the claim. */
export type ClaimedEmail = {
  id: string;
  toAddress: string;
  subject: string;
  textBody: string;
  htmlBody: string | null;
  template: string;
  attempts: number;
  sendAfter: Date;
};

// INSERT's column list takes bare names; a schema column renders qualified by its table.
const insertColumns = [
  emailOutbox.toAddress,
  emailOutbox.subject,
  emailOutbox.textBody,
  emailOutbox.htmlBody,
  emailOutbox.template,
  emailOutbox.dedupeKey,
].map((column) => sql.identifier(column.name));

/**
 * An INSERT of `email` into the outbox for each row of `source` (a table expression, e.g. a CTE
 * of rows a statement has just written), skipped when its dedupe key is taken, returning the ids.
 */
export function outboxInsertFrom(email: OutboxEmail, source: SQL): SQL {
  return sql`
    insert into ${emailOutbox} (${sql.join(insertColumns, sql`, `)})
    select ${email.toAddress}, ${email.subject}, ${email.textBody}, ${email.htmlBody ?? null}, ${email.template}, ${email.dedupeKey ?? null}
    from ${source}
    on conflict do nothing
    returning ${sql.identifier(emailOutbox.id.name)}`;
}

/** Writes one email to the outbox; false when its dedupe key was already used (nothing written). */
export async function insertOutboxRow(db: Executor, email: OutboxEmail): Promise<boolean> {
  const result = await db.execute(outboxInsertFrom(email, sql`(values (1)) as one`));
  return result.rows.length > 0;
}

/** Whether an email is waiting to be sent now (new, or its retry back-off has passed); served by email_outbox_pending_idx. */
export async function outboxHasDueEmail(db: Executor): Promise<boolean> {
  const result = await db.execute<{ due: boolean }>(
    sql`select exists (select 1 from ${emailOutbox} where ${emailOutbox.status} = 'pending' and ${emailOutbox.sendAfter} <= now()) as due`,
  );
  return result.rows[0]?.due === true;
}

/**
 * Rows in "sending" whose claim was last renewed before `claimedBefore` go back to "pending" due
 * at `now`, or to "failed" once they have had `maxAttempts` (the attempt was counted at the claim).
 */
export async function releaseStuckEmails(
  db: Executor,
  { now, claimedBefore, maxAttempts, lastError }: { now: Date; claimedBefore: Date; maxAttempts: number; lastError: string },
): Promise<{ id: string; status: string }[]> {
  return db
    .update(emailOutbox)
    .set({
      status: sql`case when ${emailOutbox.attempts} >= ${maxAttempts} then 'failed'::email_status else 'pending'::email_status end`,
      lastError,
      sendAfter: now,
      updatedAt: now,
    })
    .where(and(eq(emailOutbox.status, "sending"), lt(emailOutbox.updatedAt, claimedBefore)))
    .returning({ id: emailOutbox.id, status: emailOutbox.status });
}

/**
 * Marks up to `limit` due rows "sending" in one short transaction and counts the attempt, oldest
 * first. SKIP LOCKED: concurrent senders take disjoint rows instead of waiting for each other's.
 */
export async function claimDueEmails(db: Database, now: Date, limit: number): Promise<ClaimedEmail[]> {
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: emailOutbox.id })
      .from(emailOutbox)
      .where(and(eq(emailOutbox.status, "pending"), lte(emailOutbox.sendAfter, now)))
      .orderBy(asc(emailOutbox.sendAfter), asc(emailOutbox.createdAt))
      .limit(limit)
      .for("update", { skipLocked: true });
    if (due.length === 0) return [];
    const rows = await tx
      .update(emailOutbox)
      .set({ status: "sending", attempts: sql`${emailOutbox.attempts} + 1`, updatedAt: now })
      .where(
        inArray(
          emailOutbox.id,
          due.map((row) => row.id),
        ),
      )
      .returning({
        id: emailOutbox.id,
        toAddress: emailOutbox.toAddress,
        subject: emailOutbox.subject,
        textBody: emailOutbox.textBody,
        htmlBody: emailOutbox.htmlBody,
        template: emailOutbox.template,
        attempts: emailOutbox.attempts,
        sendAfter: emailOutbox.sendAfter,
      });
    // RETURNING has no order; keep the queue's.
    return rows.sort((a, b) => a.sendAfter.getTime() - b.sendAfter.getTime());
  });
}

/** Still ours: in "sending" at the attempt we claimed. */
function isOurClaim(email: ClaimedEmail) {
  return and(eq(emailOutbox.id, email.id), eq(emailOutbox.status, "sending"), eq(emailOutbox.attempts, email.attempts));
}

/** Refreshes the claim's time; false when the row is no longer ours (recovered and re-claimed by another sender). */
export async function renewClaim(db: Executor, email: ClaimedEmail, now: Date): Promise<boolean> {
  const rows = await db.update(emailOutbox).set({ updatedAt: now }).where(isOurClaim(email)).returning({ id: emailOutbox.id });
  return rows.length > 0;
}

export async function markEmailSent(db: Executor, email: ClaimedEmail, now: Date): Promise<void> {
  await db.update(emailOutbox).set({ status: "sent", sentAt: now, updatedAt: now }).where(isOurClaim(email));
}

/** After a failed send: back to "pending" due at `sendAfter`, or "failed" for good. */
export async function markEmailFailed(
  db: Executor,
  email: ClaimedEmail,
  outcome: { status: "pending"; sendAfter: Date } | { status: "failed" },
  lastError: string,
  now: Date,
): Promise<void> {
  await db
    .update(emailOutbox)
    .set({ status: outcome.status, lastError, updatedAt: now, ...(outcome.status === "pending" ? { sendAfter: outcome.sendAfter } : {}) })
    .where(isOurClaim(email));
}
