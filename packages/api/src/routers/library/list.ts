import { listArticlesForEditors } from "@clinic/db/queries/article-editing";
import { EDITORIAL_TIME_ZONE } from "@clinic/domain/content/review-workflow";
import { rolesThatMay } from "@clinic/domain/people/staff-permissions";
import { todayInZone } from "@clinic/domain/time/zoned-time";
import { z } from "zod";
import { staffProcedure } from "../../trpc";
import { libraryListInput, libraryListItemDto } from "./dto";

/** Every article in every status, for editors and reviewers; no patient data, so no audit event. */
export const list = staffProcedure(rolesThatMay("articles.edit", "articles.approve"))
  .input(libraryListInput)
  .output(z.array(libraryListItemDto))
  .query(({ ctx, input }) => listArticlesForEditors(ctx.db, input ?? {}, todayInZone(EDITORIAL_TIME_ZONE)));
