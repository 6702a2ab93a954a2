import { formatCalendarDate } from "@clinic/domain/time/format-for-people";
import { Card } from "@clinic/ui/card";
import Link from "next/link";
import { getCaller } from "~/trpc/server";

/** Health-library articles whose medical review is overdue or due within 30 days (issue #11 §2). */
export async function ReviewsDue() {
  const due = await (await getCaller()).library.reviewsDue();
  return (
    <section aria-labelledby="reviews-due-title" className="mb-8">
      <Card>
        <h2 id="reviews-due-title" className="text-lg font-semibold">
          Medical reviews due
        </h2>
        {due.length === 0 ? (
          <p className="mt-2 text-sm text-muted">No article is due for review in the next 30 days.</p>
        ) : (
          <ul className="mt-3 flex flex-col gap-2">
            {due.map((article) => (
              <li key={article.id} className="flex flex-wrap items-baseline gap-x-3">
                <Link href={`/library/${article.id}`} className="font-medium text-brand-800">
                  {article.title}
                </Link>
                <span className={article.dueness === "overdue" ? "text-sm font-medium text-danger-700" : "text-sm text-muted"}>
                  {article.dueness === "overdue" ? "Overdue since" : "Due"} {formatCalendarDate(article.nextReviewOn)}
                  {article.reviewerName ? ` · last reviewed by ${article.reviewerName}` : ""}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </section>
  );
}
