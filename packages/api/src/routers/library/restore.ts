import { recordAudit } from "@clinic/db/queries/audit";
import { findRevision, recordRevision } from "@clinic/db/queries/article-editing";
import { NotFound } from "@clinic/domain/errors/domain-error";
import { rolesThatMay } from "@clinic/domain/people/staff-permissions";
import { staffProcedure } from "../../trpc";
import { libraryRestoreInput, libraryWriteDto } from "./dto";
import { claimVersion, refuseTakenSlug } from "./editing-context";

/** Restores an earlier revision as a new draft revision; the published text changes only when that is approved. */
export const restore = staffProcedure(rolesThatMay("articles.edit"))
  .input(libraryRestoreInput)
  .output(libraryWriteDto)
  .mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const claimed = await claimVersion(tx, input.id, input.version);
      const old = await findRevision(tx, input.id, input.number);
      if (!old) throw new NotFound("That revision");
      await refuseTakenSlug(tx, old.slug, input.id);
      const { slug, kind, title, summary, bodyMarkdown, relatedServiceIds, relatedArticleIds, citations } = old;
      const draft = { slug, kind, title, summary, bodyMarkdown, relatedServiceIds, relatedArticleIds, citations };
      const revision = await recordRevision(tx, { articleId: input.id, status: claimed.status, draft, userId: ctx.user.id, autosave: false, restoredFromNumber: old.number });
      await recordAudit(tx, ctx, { action: "article.restored", patientId: null, metadata: { articleId: input.id, revision: revision.number, restoredFrom: old.number } });
      const status = claimed.status === "in_review" ? "draft" : claimed.status;
      return { id: input.id, version: claimed.version, status, revisionNumber: revision.number, refresh: [] };
    }),
  );
