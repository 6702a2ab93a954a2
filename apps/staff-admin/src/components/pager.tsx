import { buttonClasses } from "@clinic/ui/button";
import Link from "next/link";

/** Rows first…last of one page, and how many pages there are (at least one, even when empty). */
export function pageWindow({ page, pageSize, total, shown }: { page: number; pageSize: number; total: number; shown: number }) {
  const first = (page - 1) * pageSize + 1;
  return { first, last: first + shown - 1, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

/**
 * Position and previous/next links of a paginated list. Links are plain GET URLs (hrefFor), so
 * every page can be linked and reloaded; an out-of-range page links back into range.
 */
export function Pager(props: {
  label: string;
  page: number;
  pageSize: number;
  total: number;
  shown: number;
  hrefFor: (page: number) => string;
  previousLabel: string;
  nextLabel: string;
}) {
  const { label, page, total, shown, hrefFor, previousLabel, nextLabel } = props;
  const { first, last, pageCount } = pageWindow(props);
  const linkClasses = buttonClasses({ variant: "secondary", size: "sm" });
  return (
    <nav aria-label={label} className="flex flex-wrap items-center justify-between gap-3">
      <p className="text-sm text-muted">
        {shown > 0 ? `Showing ${first}–${last} of ${total}` : `${total} in total`} · page {page} of {pageCount}
      </p>
      <div className="flex gap-2">
        {page > 1 ? (
          <Link href={hrefFor(Math.min(page - 1, pageCount))} className={linkClasses} rel="prev">
            {previousLabel}
          </Link>
        ) : null}
        {page < pageCount ? (
          <Link href={hrefFor(page + 1)} className={linkClasses} rel="next">
            {nextLabel}
          </Link>
        ) : null}
      </div>
    </nav>
  );
}
