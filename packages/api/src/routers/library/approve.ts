import { recordAudit } from "@clinic/db/queries/audit";
import { publishRevision } from "@clinic/db/queries/article-editing";
import { addMonths, DEFAULT_REVIEW_INTERVAL_MONTHS, EDITORIAL_TIME_ZONE, pagesShowingArticle } from "@clinic/domain/content/review-workflow";
import { rolesThatMay } from "@clinic/domain/people/staff-permissions";
import { todayInZone } from "@clinic/domain/time/zoned-time";
import { staffProcedure } from "../../trpc";
import { libraryApproveInput, libraryWriteDto } from "./dto";
import { decideReviewStep } from "./review-step";
import { refuseTakenSlug } from "./editing-context";

/**
 * A provider or administrator approves the revision in review: it is published at once, with their
 * name and today's date as the medical review, and the next review is due in 12 months by default.
 */
export const approve = staffProcedure(rolesThatMay("articles.approve"))
  .input(libraryApproveInput)
  .output(libraryWriteDto)
  .mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const { article, latest, providerId, version } = await decideReviewStep(tx, ctx.user, input, "approve");
      await refuseTakenSlug(tx, latest.slug, input.id);
      const reviewedOn = todayInZone(EDITORIAL_TIME_ZONE);
      const nextReviewOn = addMonths(reviewedOn, input.nextReviewMonths ?? DEFAULT_REVIEW_INTERVAL_MONTHS);
      const published = await publishRevision(tx, {
        articleId: input.id,
        revisionId: latest.id,
        previousSlug: article.slug,
        wasPublished: article.publishedAt !== null,
        approverUserId: ctx.user.id,
        reviewerProviderId: providerId,
        reviewedOn,
        nextReviewOn,
      });
      await recordAudit(tx, ctx, {
        action: "article.approved",
        patientId: null,
        metadata: { articleId: input.id, revision: latest.number, nextReviewOn, slugChanged: published.slug !== published.previousSlug },
      });
      return { id: input.id, version, status: "published" as const, revisionNumber: latest.number, refresh: pagesShowingArticle(published.slug, published.previousSlug) };
    }),
  );
