import type { Executor } from "../client";
import { auditEvents } from "../schema";
import { and, count, eq, gte, inArray, sql } from "drizzle-orm";

/** Both answers of sign-up count alike, so the limit says nothing about which emails have accounts. */
const SIGN_UP_ACTIONS = ["patient.signed_up", "auth.sign_up_for_existing_account"];

/**
 * Sign-ups (new or for an existing email) from `ip` since `since`, read from the audit trail (each sign-up records its
 * client address there). Served by audit_events_action_ip_idx.
 */
export async function countSignUpsFrom(db: Executor, ip: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ signUps: count() })
    .from(auditEvents)
    .where(and(inArray(auditEvents.action, SIGN_UP_ACTIONS), eq(auditEvents.ip, ip), gte(auditEvents.occurredAt, since)));
  return row?.signUps ?? 0;
}

/** Serializes sign-ups from one address until the transaction ends, so a burst is counted one by one. */
export async function lockSignUpsFrom(tx: Executor, ip: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`sign-up:ip:${ip}`}, 0))`);
}
