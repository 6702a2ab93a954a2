import { emailStatus } from "@clinic/db/schema";
import { z } from "zod";

export const EMAIL_STATUSES = emailStatus.enumValues;

export const outboxListInput = z.object({
  status: z.enum(EMAIL_STATUSES, { error: `Choose a status: ${EMAIL_STATUSES.join(", ")}.` }).optional(),
  page: z.number().int().min(1, "Pages start at 1.").default(1),
  pageSize: z.number().int().min(1).max(50, "Show at most 50 emails per page.").default(20),
});
export type OutboxListInput = z.infer<typeof outboxListInput>;

export const outboxEmailDto = z.object({
  id: z.uuid(),
  toAddress: z.string(),
  subject: z.string(),
  /** Which template produced it, e.g. "welcome". */
  template: z.string(),
  status: z.enum(EMAIL_STATUSES),
  attempts: z.number().int(),
  /** Why the latest try failed (addresses removed); kept after a later success. */
  lastError: z.string().nullable(),
  createdAt: z.date(),
  sentAt: z.date().nullable(),
  textBody: z.string(),
});
export type OutboxEmailDto = z.infer<typeof outboxEmailDto>;

export const outboxListDto = z.object({
  items: z.array(outboxEmailDto),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type OutboxListDto = z.infer<typeof outboxListDto>;
