import { recordAudit } from "@clinic/db/queries/audit";
import { insertArticleDraft } from "@clinic/db/queries/article-editing";
import { rolesThatMay } from "@clinic/domain/people/staff-permissions";
import { staffProcedure } from "../../trpc";
import { libraryCreateInput, libraryWriteDto } from "./dto";
import { refuseTakenSlug } from "./editing-context";

/** A new article starts as a draft only staff see (revision 1). */
export const create = staffProcedure(rolesThatMay("articles.edit"))
  .input(libraryCreateInput)
  .output(libraryWriteDto)
  .mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      await refuseTakenSlug(tx, input.draft.slug, null);
      const created = await insertArticleDraft(tx, input.draft, ctx.user.id);
      await recordAudit(tx, ctx, { action: "article.created", patientId: null, metadata: { articleId: created.articleId, revision: 1 } });
      return { id: created.articleId, version: created.version, status: "draft" as const, revisionNumber: created.revision.number, refresh: [] };
    }),
  );
