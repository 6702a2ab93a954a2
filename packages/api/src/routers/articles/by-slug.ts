import { NotFound } from "@clinic/domain/errors/domain-error";
import { findPublishedArticle } from "@clinic/db/queries/articles";
import { publicProcedure } from "../../trpc";
import { articleBySlugInput, articleDto } from "./dto";

/** One health-library article; drafts answer NOT_FOUND exactly like unknown slugs. */
export const bySlug = publicProcedure
  .input(articleBySlugInput)
  .output(articleDto)
  .query(async ({ ctx, input }) => {
    const article = await findPublishedArticle(ctx.db, input.slug);
    if (!article) throw new NotFound("That article");
    return article;
  });
