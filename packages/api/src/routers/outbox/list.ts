import { recordAudit } from "@clinic/db/queries/audit";
import { listOutboxEmails } from "@clinic/db/queries/outbox";
import { hideAccountLinkTokens } from "@clinic/domain/people/account-links";
import { staffProcedure } from "../../trpc";
import { outboxListDto, outboxListInput } from "./dto";

/**
 * The emails the portal has queued or sent, newest first, for administrators checking delivery
 * (and, in development, reading what would have gone out). Emails hold patients' addresses, so
 * each viewing is audited with the ids of the emails shown.
 */
export const list = staffProcedure(["admin"])
  .input(outboxListInput)
  .output(outboxListDto)
  .query(async ({ ctx, input }) => {
    const { items, total } = await listOutboxEmails(ctx.db, input);
    await recordAudit(ctx.db, ctx, {
      action: "outbox.viewed",
      patientId: null,
      metadata: { via: "outbox.list", status: input.status ?? null, emailIds: items.map((item) => item.id) },
    });
    // Links that open an account are for its owner only (docs/decisions/0080).
    const shown = items.map((item) => ({ ...item, textBody: hideAccountLinkTokens(item.textBody) }));
    return { items: shown, total, page: input.page, pageSize: input.pageSize };
  });
