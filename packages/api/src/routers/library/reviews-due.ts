import { listReviewsDue } from "@clinic/db/queries/article-editing";
import { EDITORIAL_TIME_ZONE, REVIEW_DUE_WINDOW_DAYS, reviewDueness } from "@clinic/domain/content/review-workflow";
import { rolesThatMay } from "@clinic/domain/people/staff-permissions";
import { addCalendarDays, todayInZone } from "@clinic/domain/time/zoned-time";
import { z } from "zod";
import { staffProcedure } from "../../trpc";
import { reviewDueDto } from "./dto";

/** Published articles whose medical review is overdue or due within 30 days (the dashboard's list). */
export const reviewsDue = staffProcedure(rolesThatMay("articles.edit", "articles.approve"))
  .output(z.array(reviewDueDto))
  .query(async ({ ctx }) => {
    const today = todayInZone(EDITORIAL_TIME_ZONE);
    const rows = await listReviewsDue(ctx.db, addCalendarDays(today, REVIEW_DUE_WINDOW_DAYS));
    return rows.map((row) => {
      const nextReviewOn = row.nextReviewOn as string;
      return { ...row, nextReviewOn, dueness: reviewDueness(nextReviewOn, today) === "overdue" ? ("overdue" as const) : ("due_soon" as const) };
    });
  });
