import { recordAudit } from "@clinic/db/queries/audit";
import { recordRevision } from "@clinic/db/queries/article-editing";
import { rolesThatMay } from "@clinic/domain/people/staff-permissions";
import { staffProcedure } from "../../trpc";
import { libraryWriteDto, librarySaveInput } from "./dto";
import { claimVersion, refuseTakenSlug } from "./editing-context";

/**
 * Saves the editor's text as a revision. A live article keeps showing its published text: only
 * approving a revision changes what patients read, so nothing on the patient site needs refreshing.
 */
export const save = staffProcedure(rolesThatMay("articles.edit"))
  .input(librarySaveInput)
  .output(libraryWriteDto)
  .mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const claimed = await claimVersion(tx, input.id, input.version);
      await refuseTakenSlug(tx, input.draft.slug, input.id);
      const revision = await recordRevision(tx, { articleId: input.id, status: claimed.status, draft: input.draft, userId: ctx.user.id, autosave: input.autosave });
      await recordAudit(tx, ctx, { action: "article.saved", patientId: null, metadata: { articleId: input.id, revision: revision.number, autosave: input.autosave } });
      const status = claimed.status === "in_review" ? "draft" : claimed.status;
      return { id: input.id, version: claimed.version, status, revisionNumber: revision.number, refresh: [] };
    }),
  );
