import { searchPublishedArticles } from "@clinic/db/queries/articles";
import { z } from "zod";
import { publicProcedure } from "../../trpc";
import { articleSearchInput, articleSearchResultDto } from "./dto";

/** Not audited or logged: a search about a condition is not data about a person, but it stays private. */
export const search = publicProcedure
  .input(articleSearchInput)
  .output(z.array(articleSearchResultDto))
  .query(({ ctx, input }) => searchPublishedArticles(ctx.db, input.q));
