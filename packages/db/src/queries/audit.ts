import { LISTING_AUDIT_WINDOW_MINUTES } from "@clinic/domain/audit/listing-window";
import type { Role } from "@clinic/domain/people/roles";
import { and, count, desc, eq, gte, lt, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "../client";
import { auditEvents, patients, users } from "../schema";
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
  "closure.added",
  "closure.changed",
  "closure.removed",
  "audit.viewed",
  "audit.exported",
  "auth.signed_in",
  "auth.sign_in_failed",
  "auth.signed_out",
  "auth.locked_out",
  "auth.mfa_enrolled",
  "auth.mfa_verified",
  "auth.mfa_failed",
  "auth.mfa_disabled",
  "auth.mfa_recovery_codes_renewed",
  "auth.passkey_added",
  "auth.passkey_removed",
  "staff.invited",
  "staff.invitation_resent",
  "staff.invitation_revoked",
  "staff.invitation_accepted",
  "staff.role_changed",
  "staff.disabled",
  "staff.enabled",
  "staff.second_factor_reset",
  "article.created",
  "article.saved",
  "article.restored",
  "article.submitted",
  "article.sent_back",
  "article.approved",
  "article.archived",
  "media.uploaded",
  "provider.photo_set",
  "provider.photo_removed",
  "auth.sign_up_for_existing_account",
  "auth.verification_sent",
  "auth.email_verified",
  "patient.record_claimed",
  "auth.password_reset_requested",
  "auth.password_reset",
  "auth.password_changed",
  "auth.session_ended",
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
 * exactly when they do. `patientIdOfRow` takes each event's patient from the source row instead.
 */
export function auditInsertFrom(ctx: AuditContext, event: AuditEvent, source: SQL, patientIdOfRow?: SQL): SQL {
  const row = rowFor(ctx, event, event.patientId);
  const e = auditEvents;
  return sql`
    insert into ${e} (${columnList(e.actorUserId, e.actorRole, e.action, e.patientId, e.requestId, e.ip, e.metadata)})
    select ${row.actorUserId}::uuid, ${row.actorRole}::user_role, ${row.action}, ${patientIdOfRow ?? sql`${row.patientId}::uuid`}, ${row.requestId}, ${row.ip}::inet, ${JSON.stringify(row.metadata)}::jsonb
    from ${source}`;
}

/** One audit event per distinct patient in a list (e.g. possible duplicates); listings that are shown use recordPatientsListed. */
export async function recordAuditForPatients(
  executor: Executor,
  ctx: AuditContext,
  event: Omit<AuditEvent, "patientId"> & { patientIds: readonly string[] },
): Promise<void> {
  const distinct = [...new Set(event.patientIds)];
  if (distinct.length === 0) return;
  // One array parameter, not a VALUES row per patient: a list can name hundreds of them.
  await executor.execute(
    auditInsertFrom(ctx, { ...event, patientId: null }, sql`unnest(${sql.param(distinct)}::uuid[]) as listed(patient_id)`, sql`listed.patient_id`),
  );
}

/**
 * `patient.listed` for each distinct patient a list (`via`) shows, except those this actor was shown by
 * the same list within LISTING_AUDIT_WINDOW_MINUTES: the refreshes of an open calendar add no rows.
 */
export async function recordPatientsListed(
  db: Executor,
  ctx: AuditContext,
  listing: { patientIds: readonly string[]; via: string },
): Promise<void> {
  const distinct = [...new Set(listing.patientIds)];
  if (distinct.length === 0) return;
  const event = { action: "patient.listed", patientId: null, metadata: { via: listing.via } } as const;
  const actorId = ctx.user?.id ?? null;
  const recent = alias(auditEvents, "recent");
  // The literal action lets the planner use the partial audit_events_listed_idx.
  const unlisted = sql`(
    select shown.patient_id from unnest(${sql.param(distinct)}::uuid[]) as shown(patient_id)
    where not exists (
      select from ${auditEvents} ${recent}
      where ${recent.action} = 'patient.listed' and ${recent.patientId} = shown.patient_id
        and ${recent.actorUserId} = ${actorId}::uuid and ${recent.metadata}->>'via' = ${listing.via}
        and ${recent.occurredAt} > now() - make_interval(mins => ${LISTING_AUDIT_WINDOW_MINUTES})
    )) as listed`;
  // Rows are never deleted, so a plain read that finds every patient already listed may skip the lock.
  const pending = await db.execute<{ any: boolean }>(sql`select exists (select from ${unlisted}) as any`);
  if (!pending.rows[0]?.any) return;
  await db.transaction(async (tx) => {
    // A statement cannot see rows committed after it began, so concurrent listings by one actor queue
    // here; each then sees what the one before it wrote and only one row per patient is recorded.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`patient-listed:${actorId}:${listing.via}`}, 0))`);
    await tx.execute(auditInsertFrom(ctx, event, unlisted, sql`listed.patient_id`));
  });
}

/** Which events a viewer or an export asks for: [start, end) and optionally one patient, actor or action. */
export type AuditEventFilter = { patientId?: string; actorUserId?: string; action?: string; start: Date; end: Date };

const actor = alias(users, "actor");
const patientUser = alias(users, "patient_user");

function whereOf(filter: AuditEventFilter): SQL | undefined {
  return and(
    gte(auditEvents.occurredAt, filter.start),
    lt(auditEvents.occurredAt, filter.end),
    filter.patientId ? eq(auditEvents.patientId, filter.patientId) : undefined,
    filter.actorUserId ? eq(auditEvents.actorUserId, filter.actorUserId) : undefined,
    filter.action ? eq(auditEvents.action, filter.action) : undefined,
  );
}

/** Events matching `filter`, newest first, with the names of who acted and on whom. */
function selectAuditEvents(db: Executor, filter: AuditEventFilter) {
  return db
    .select({
      id: auditEvents.id,
      occurredAt: auditEvents.occurredAt,
      action: auditEvents.action,
      actorUserId: auditEvents.actorUserId,
      actorName: actor.name,
      actorEmail: actor.email,
      actorRole: auditEvents.actorRole,
      patientId: auditEvents.patientId,
      patientName: patientUser.name,
      requestId: auditEvents.requestId,
      ip: auditEvents.ip,
      metadata: auditEvents.metadata,
    })
    .from(auditEvents)
    .leftJoin(actor, eq(actor.id, auditEvents.actorUserId))
    .leftJoin(patients, eq(patients.id, auditEvents.patientId))
    .leftJoin(patientUser, eq(patientUser.id, patients.userId))
    .where(whereOf(filter))
    .orderBy(desc(auditEvents.occurredAt), desc(auditEvents.id))
    .$dynamic();
}

/** One page of the audit trail for the viewer, and how many events match in all. */
export async function listAuditEvents(db: Executor, filter: AuditEventFilter & { page: number; pageSize: number }) {
  const items = await selectAuditEvents(db, filter)
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize);
  const [total] = await db.select({ value: count() }).from(auditEvents).where(whereOf(filter));
  return { items, total: total?.value ?? 0 };
}

/** Every event matching `filter`, newest first, up to `limit` + 1 rows so the caller can tell when there are more. */
export function auditEventsForExport(db: Executor, filter: AuditEventFilter, limit: number) {
  return selectAuditEvents(db, filter).limit(limit + 1);
}
