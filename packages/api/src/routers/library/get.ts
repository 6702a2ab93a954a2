import { findArticleForEditing, listLinkableArticles } from "@clinic/db/queries/article-editing";
import { listActiveServices } from "@clinic/db/queries/clinic";
import { findProviderIdOfUser } from "@clinic/db/queries/staff-providers";
import { refusalOfReviewStep, type ReviewSituation } from "@clinic/domain/content/review-workflow";
import { NotFound } from "@clinic/domain/errors/domain-error";
import { rolesThatMay, staffMay } from "@clinic/domain/people/staff-permissions";
import { staffProcedure } from "../../trpc";
import { libraryArticleDto, libraryGetInput } from "./dto";

/** One article for the editor: its record, every revision (newest first), link choices and the steps this user may take. */
export const get = staffProcedure(rolesThatMay("articles.edit", "articles.approve"))
  .input(libraryGetInput)
  .output(libraryArticleDto)
  .query(async ({ ctx, input }) => {
    const article = await findArticleForEditing(ctx.db, input.id);
    if (!article) throw new NotFound("That article");
    const [services, articles, providerId] = await Promise.all([
      listActiveServices(ctx.db),
      listLinkableArticles(ctx.db),
      findProviderIdOfUser(ctx.db, ctx.user.id),
    ]);
    const authorsSinceApproval: string[] = [];
    for (const revision of article.revisions) {
      if (revision.state === "approved" && revision.number !== article.latest.number) break;
      if (revision.createdByUserId) authorsSinceApproval.push(revision.createdByUserId);
    }
    const situation: ReviewSituation = {
      status: article.status,
      latest: { state: article.latest.state, kind: article.latest.kind },
      actor: { userId: ctx.user.id, role: ctx.user.role, providerId },
      authorsSinceApproval,
    };
    const approveRefusal = staffMay(ctx.user.role, "articles.approve") ? refusalOfReviewStep("approve", situation) : null;
    return {
      ...article,
      choices: {
        services: services.map((service) => ({ id: service.id, name: service.name })),
        articles: articles.filter((other) => other.id !== article.id).map((other) => ({ id: other.id, title: other.title })),
      },
      allowed: {
        edit: staffMay(ctx.user.role, "articles.edit"),
        submit: refusalOfReviewStep("submit", situation) === null,
        approve: staffMay(ctx.user.role, "articles.approve") && approveRefusal === null,
        sendBack: refusalOfReviewStep("sendBack", situation) === null,
        archive: refusalOfReviewStep("archive", situation) === null,
      },
      approveRefusal: article.latest.state === "in_review" ? (approveRefusal?.message ?? null) : null,
    };
  });
