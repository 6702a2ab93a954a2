import { listAuditEvents, recordAudit } from "@clinic/db/queries/audit";
import { rolesThatMay } from "@clinic/domain/people/staff-permissions";
import { staffProcedure } from "../../trpc";
import { auditListDto, auditListInput } from "./dto";
import { filterMetadata, toEventFilter } from "./filter";

/**
 * One page of the audit trail, newest first. Reading it is itself audited: against the patient when
 * the filter names one ("who looked at this patient"), otherwise with the filter only.
 */
export const list = staffProcedure(rolesThatMay("audit.read"))
  .input(auditListInput)
  .output(auditListDto)
  .query(async ({ ctx, input }) => {
    const { items, total } = await listAuditEvents(ctx.db, { ...toEventFilter(input), page: input.page, pageSize: input.pageSize });
    await recordAudit(ctx.db, ctx, {
      action: "audit.viewed",
      patientId: input.patientId ?? null,
      metadata: { via: "audit.list", ...filterMetadata(input), page: input.page, shown: items.length },
    });
    return { items, total, page: input.page, pageSize: input.pageSize };
  });
