import { findSlugRedirect } from "@clinic/db/queries/article-editing";
import { publicProcedure } from "../../trpc";
import { articleBySlugInput, articleMovedDto } from "./dto";

/** The current address of a published article that used to be at `slug`: the page answers it with a 308. */
export const moved = publicProcedure
  .input(articleBySlugInput)
  .output(articleMovedDto)
  .query(async ({ ctx, input }) => ({ slug: await findSlugRedirect(ctx.db, input.slug) }));
