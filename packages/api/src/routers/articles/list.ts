import { z } from "zod";
import { listPublishedArticles } from "@clinic/db/queries/articles";
import { publicProcedure } from "../../trpc";
import { articleListInput, articleSummaryDto } from "./dto";

export const list = publicProcedure
  .input(articleListInput)
  .output(z.array(articleSummaryDto))
  .query(({ ctx, input }) => listPublishedArticles(ctx.db, input?.kind));
