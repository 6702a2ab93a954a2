import { AUDIT_ACTIONS, type AuditAction } from "@clinic/api/staff-router";
import { AUDIT_TIME_ZONE, auditFilterInput, type AuditFilter } from "@clinic/domain/audit/audit-filter";
import { addCalendarDays, todayInZone } from "@clinic/domain/time/zoned-time";
import type { SearchParamValue } from "~/lib/search-params";

export const AUDIT_PAGE_SIZE = 50;
/** Without dates, the viewer shows the last week. */
const DEFAULT_DAYS = 7;

export type AuditSearchParams = Partial<Record<"patient" | "actor" | "action" | "from" | "to" | "page", SearchParamValue>>;

/** A filter whose action, if any, is one of the trail's verbs. */
export type ViewerFilter = Omit<AuditFilter, "action"> & { action?: AuditAction };

export type AuditRequest =
  | { kind: "filter"; filter: ViewerFilter; page: number }
  | { kind: "invalid"; values: Record<string, string>; errors: Partial<Record<keyof AuditFilter, string>> };

function first(value: SearchParamValue): string | undefined {
  const raw = Array.isArray(value) ? value[0] : value;
  return raw?.trim() || undefined;
}

/**
 * Reads `?patient=&actor=&action=&from=&to=&page=` (ids, a verb and dates: no personal data) with the
 * procedure's own schema, so a bad filter is shown beside its field instead of failing the page.
 */
export function parseAuditParams(params: AuditSearchParams, now = new Date()): AuditRequest {
  const today = todayInZone(AUDIT_TIME_ZONE, now);
  const values = {
    patientId: first(params.patient),
    actorUserId: first(params.actor),
    action: first(params.action),
    from: first(params.from) ?? addCalendarDays(today, -(DEFAULT_DAYS - 1)),
    to: first(params.to) ?? today,
  };
  const page = Number.parseInt(first(params.page) ?? "1", 10);
  const parsed = auditFilterInput.safeParse(values);
  const errors: Partial<Record<keyof AuditFilter, string>> = {};
  for (const issue of parsed.error?.issues ?? []) {
    const key = issue.path[0] as keyof AuditFilter;
    errors[key] ??= issue.message;
  }
  if (values.action && !isAuditAction(values.action)) errors.action ??= "Choose an action from the list.";
  if (!parsed.success || Object.keys(errors).length > 0) {
    return { kind: "invalid", values: Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Record<string, string>, errors };
  }
  const { action, ...rest } = parsed.data;
  const filter: ViewerFilter = isAuditAction(action) ? { ...rest, action } : rest;
  return { kind: "filter", filter, page: Number.isSafeInteger(page) && page >= 1 ? page : 1 };
}

/** The viewer's URL for a filter and page. */
export function auditHref(filter: Partial<AuditFilter>, page = 1): string {
  const params = new URLSearchParams();
  if (filter.patientId) params.set("patient", filter.patientId);
  if (filter.actorUserId) params.set("actor", filter.actorUserId);
  if (filter.action) params.set("action", filter.action);
  if (filter.from) params.set("from", filter.from);
  if (filter.to) params.set("to", filter.to);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/audit?${query}` : "/audit";
}

function isAuditAction(value: string | undefined): value is AuditAction {
  return (AUDIT_ACTIONS as readonly (string | undefined)[]).includes(value);
}
