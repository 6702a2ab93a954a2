import { recordAudit } from "@clinic/db/queries/audit";
import { setArticleStatus, setRevisionState } from "@clinic/db/queries/article-editing";
import { statusAfter } from "@clinic/domain/content/review-workflow";
import { rolesThatMay } from "@clinic/domain/people/staff-permissions";
import { staffProcedure } from "../../trpc";
import { libraryStepInput, libraryWriteDto } from "./dto";
import { decideReviewStep } from "./review-step";

/** An editor hands the latest revision to medical review. */
export const submit = staffProcedure(rolesThatMay("articles.edit"))
  .input(libraryStepInput)
  .output(libraryWriteDto)
  .mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const { article, latest, version } = await decideReviewStep(tx, ctx.user, input, "submit");
      const status = statusAfter("submit", article.status);
      await setRevisionState(tx, latest.id, "in_review", { submittedByUserId: ctx.user.id });
      if (status !== article.status) await setArticleStatus(tx, input.id, status);
      await recordAudit(tx, ctx, { action: "article.submitted", patientId: null, metadata: { articleId: input.id, revision: latest.number } });
      return { id: input.id, version, status, revisionNumber: latest.number, refresh: [] };
    }),
  );
