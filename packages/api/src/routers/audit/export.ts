import { auditEventsForExport, recordAudit } from "@clinic/db/queries/audit";
import { AUDIT_EXPORT_MAX_ROWS, neutraliseFormula } from "@clinic/domain/audit/audit-filter";
import { DomainError } from "@clinic/domain/errors/domain-error";
import { rolesThatMay } from "@clinic/domain/people/staff-permissions";
import { stringify } from "csv-stringify/sync";
import { staffProcedure } from "../../trpc";
import { auditExportDto, auditExportInput, type AuditEventDto } from "./dto";
import { filterMetadata, toEventFilter } from "./filter";

export const AUDIT_CSV_COLUMNS = [
  "occurred_at",
  "action",
  "actor_user_id",
  "actor_name",
  "actor_email",
  "actor_role",
  "patient_id",
  "patient_name",
  "request_id",
  "ip",
  "metadata",
] as const;

function csvRow(event: AuditEventDto): string[] {
  return [
    event.occurredAt.toISOString(),
    event.action,
    event.actorUserId ?? "",
    event.actorName ?? "",
    event.actorEmail ?? "",
    event.actorRole ?? "",
    event.patientId ?? "",
    event.patientName ?? "",
    event.requestId ?? "",
    event.ip ?? "",
    JSON.stringify(event.metadata),
  ].map(neutraliseFormula);
}

/**
 * The events of a filter as CSV (RFC 4180, via csv-stringify), every cell safe to open in a
 * spreadsheet. Refused, not cut short, above AUDIT_EXPORT_MAX_ROWS. The export is audited in the
 * same transaction that reads it, with the filter and the row count.
 */
export const exportCsv = staffProcedure(rolesThatMay("audit.read"))
  .input(auditExportInput)
  .output(auditExportDto)
  .mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const rows = await auditEventsForExport(tx, toEventFilter(input), AUDIT_EXPORT_MAX_ROWS);
      if (rows.length > AUDIT_EXPORT_MAX_ROWS) {
        throw new DomainError(
          "invalid",
          `This filter matches more than ${AUDIT_EXPORT_MAX_ROWS.toLocaleString("en-US")} events. Choose fewer days, one person or one action.`,
        );
      }
      const csv = stringify([[...AUDIT_CSV_COLUMNS], ...rows.map(csvRow)], { record_delimiter: "\r\n" });
      await recordAudit(tx, ctx, {
        action: "audit.exported",
        patientId: input.patientId ?? null,
        metadata: { via: "audit.export", ...filterMetadata(input), rowCount: rows.length },
      });
      return { filename: `audit-${input.from}-to-${input.to}.csv`, csv, rowCount: rows.length };
    }),
  );
