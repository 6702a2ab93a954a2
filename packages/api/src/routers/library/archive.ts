import { recordAudit } from "@clinic/db/queries/audit";
import { setArticleStatus } from "@clinic/db/queries/article-editing";
import { pagesShowingArticle } from "@clinic/domain/content/review-workflow";
import { rolesThatMay } from "@clinic/domain/people/staff-permissions";
import { staffProcedure } from "../../trpc";
import { libraryStepInput, libraryWriteDto } from "./dto";
import { decideReviewStep } from "./review-step";

/** Withdraws a published article: its page answers 410 Gone, and it leaves the library, search and sitemap. */
export const archive = staffProcedure(rolesThatMay("articles.edit"))
  .input(libraryStepInput)
  .output(libraryWriteDto)
  .mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const { article, latest, version } = await decideReviewStep(tx, ctx.user, input, "archive");
      await setArticleStatus(tx, input.id, "archived");
      await recordAudit(tx, ctx, { action: "article.archived", patientId: null, metadata: { articleId: input.id, revision: latest.number } });
      return { id: input.id, version, status: "archived" as const, revisionNumber: null, refresh: pagesShowingArticle(article.slug) };
    }),
  );
