import type { Role } from "@clinic/domain/people/roles";
import { sql, type SQL } from "drizzle-orm";
import type { Executor } from "../client";
import { auditEvents } from "../schema";
import { columnList } from "./sql-names";

/** Dotted verbs of the audit trail; one per kind of access to patient data. */
export const AUDIT_ACTIONS = [
  "patient.signed_up",
  "patient.profile_viewed",
  "patient.contact_updated",
  "patient.appointments_viewed",
  "appointment.booked",
  "appointment.rescheduled",
  "appointment.cancelled",
  "appointment.kept_outside_hours",
  "appointment.viewed",
  "appointment.checked_in",
  "appointment.completed",
  "appointment.no_show",
  "patient.created",
  "patient.duplicates_checked",
  "patient.listed",
  "patient.viewed",
  "outbox.viewed",
  "access.refused",
  "service.updated",
  "provider.updated",
  "location.updated",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

type Actor = { id: string; role: Role };

/** Who asked and from where: the parts of a request's context every audit event carries. */
export type AuditContext = { user: Actor | null; requestId: string; ip: string | null };

export type AuditEvent = {
  action: AuditAction;
  patientId: string | null;
  /** Names and ids only (e.g. which fields changed, where a list came from), never the values themselves. */
  metadata?: Record<string, unknown>;
  /** Defaults to the signed-in user; sign-up names the account it just created. */
  actor?: Actor;
};

function rowFor(ctx: AuditContext, event: Omit<AuditEvent, "patientId">, patientId: string | null) {
  const actor = event.actor ?? ctx.user;
  return {
    actorUserId: actor?.id ?? null,
    actorRole: actor?.role ?? null,
    action: event.action,
    patientId,
    requestId: ctx.requestId,
    ip: ctx.ip,
    metadata: event.metadata ?? {},
  };
}

/**
 * Appends one audit event. Call it with the transaction that changes the data (so both commit or
 * neither does), or right after a read, before the data is returned.
 */
export async function recordAudit(executor: Executor, ctx: AuditContext, event: AuditEvent): Promise<void> {
  await executor.insert(auditEvents).values(rowFor(ctx, event, event.patientId));
}

/**
 * recordAudit as part of a bigger statement: an INSERT of the event for each row of `source` (a
 * table expression, e.g. a CTE of the rows the statement has just written), so the event exists
 * exactly when they do.
 */
export function auditInsertFrom(ctx: AuditContext, event: AuditEvent, source: SQL): SQL {
  const row = rowFor(ctx, event, event.patientId);
  const e = auditEvents;
  return sql`
    insert into ${e} (${columnList(e.actorUserId, e.actorRole, e.action, e.patientId, e.requestId, e.ip, e.metadata)})
    select ${row.actorUserId}::uuid, ${row.actorRole}::user_role, ${row.action}, ${row.patientId}::uuid, ${row.requestId}, ${row.ip}::inet, ${JSON.stringify(row.metadata)}::jsonb
    from ${source}`;
}

/** One audit event per distinct patient shown in a list (search results, a day's schedule). */
export async function recordAuditForPatients(
  executor: Executor,
  ctx: AuditContext,
  event: Omit<AuditEvent, "patientId"> & { patientIds: readonly string[] },
): Promise<void> {
  const distinct = [...new Set(event.patientIds)];
  if (distinct.length === 0) return;
  await executor.insert(auditEvents).values(distinct.map((patientId) => rowFor(ctx, event, patientId)));
}
