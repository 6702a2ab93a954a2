import type { Executor } from "../client";
import { auditEvents } from "../schema";
import { and, count, eq, gte, sql } from "drizzle-orm";

/**
 * Accounts created from `ip` since `since`, read from the audit trail (each sign-up records its
 * client address there). Served by audit_events_action_ip_idx.
 */
export async function countSignUpsFrom(db: Executor, ip: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ signUps: count() })
    .from(auditEvents)
    .where(and(eq(auditEvents.action, "patient.signed_up"), eq(auditEvents.ip, ip), gte(auditEvents.occurredAt, since)));
  return row?.signUps ?? 0;
}

/** Serializes sign-ups from one address until the transaction ends, so a burst is counted one by one. */
export async function lockSignUpsFrom(tx: Executor, ip: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`sign-up:ip:${ip}`}, 0))`);
}
