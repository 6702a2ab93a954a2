import { AUDIT_ACTIONS } from "@clinic/db/queries/audit";
import { auditFilterFields, boundedRange } from "@clinic/domain/audit/audit-filter";
import { ROLES } from "@clinic/domain/people/roles";
import { z } from "zod";

const fields = auditFilterFields.extend({
  action: z.enum(AUDIT_ACTIONS, { error: "Choose an action from the list." }).optional(),
});

export const auditExportInput = boundedRange(fields);
export type AuditExportInput = z.infer<typeof auditExportInput>;

export const auditListInput = boundedRange(
  fields.extend({
    page: z.number().int().min(1, "Pages start at 1.").default(1),
    pageSize: z.number().int().min(1).max(100, "Show at most 100 events per page.").default(50),
  }),
);
export type AuditListInput = z.infer<typeof auditListInput>;

export const auditEventDto = z.object({
  id: z.uuid(),
  occurredAt: z.date(),
  action: z.string(),
  actorUserId: z.uuid().nullable(),
  actorName: z.string().nullable(),
  actorEmail: z.string().nullable(),
  actorRole: z.enum(ROLES).nullable(),
  patientId: z.uuid().nullable(),
  patientName: z.string().nullable(),
  requestId: z.string().nullable(),
  ip: z.string().nullable(),
  metadata: z.record(z.string(), z.unknown()),
});
export type AuditEventDto = z.infer<typeof auditEventDto>;

export const auditListDto = z.object({
  items: z.array(auditEventDto),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const auditExportDto = z.object({ filename: z.string(), csv: z.string(), rowCount: z.number().int() });
