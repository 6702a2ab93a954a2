import { recordAudit } from "@clinic/db/queries/audit";
import { setArticleStatus, setRevisionState } from "@clinic/db/queries/article-editing";
import { statusAfter } from "@clinic/domain/content/review-workflow";
import { rolesThatMay } from "@clinic/domain/people/staff-permissions";
import { staffProcedure } from "../../trpc";
import { libraryStepInput, libraryWriteDto } from "./dto";
import { decideReviewStep } from "./review-step";

/** A reviewer returns the text to the editors as a draft; nothing patients see changes. */
export const sendBack = staffProcedure(rolesThatMay("articles.approve"))
  .input(libraryStepInput)
  .output(libraryWriteDto)
  .mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const { article, latest, version } = await decideReviewStep(tx, ctx.user, input, "sendBack");
      const status = statusAfter("sendBack", article.status);
      await setRevisionState(tx, latest.id, "draft", {});
      if (status !== article.status) await setArticleStatus(tx, input.id, status);
      await recordAudit(tx, ctx, { action: "article.sent_back", patientId: null, metadata: { articleId: input.id, revision: latest.number } });
      return { id: input.id, version, status, revisionNumber: latest.number, refresh: [] };
    }),
  );
