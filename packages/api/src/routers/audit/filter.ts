import type { AuditEventFilter } from "@clinic/db/queries/audit";
import { AUDIT_TIME_ZONE } from "@clinic/domain/audit/audit-filter";
import { dayBoundsInZone } from "@clinic/domain/time/zoned-time";
import type { AuditExportInput } from "./dto";

/** The instants [start of `from`, end of `to`) on the clinic's calendar, plus the optional parts. */
export function toEventFilter(input: AuditExportInput): AuditEventFilter {
  return {
    patientId: input.patientId,
    actorUserId: input.actorUserId,
    action: input.action,
    start: dayBoundsInZone(input.from, AUDIT_TIME_ZONE).start,
    end: dayBoundsInZone(input.to, AUDIT_TIME_ZONE).end,
  };
}

/** What an audit event about the viewer records: the filter, never names or addresses. */
export function filterMetadata(input: AuditExportInput) {
  return { patientId: input.patientId ?? null, actorUserId: input.actorUserId ?? null, action: input.action ?? null, from: input.from, to: input.to };
}
