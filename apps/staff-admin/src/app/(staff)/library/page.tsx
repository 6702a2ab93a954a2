import { ARTICLE_KINDS, ARTICLE_STATUSES, type ArticleKind, type ArticleStatus } from "@clinic/domain/content/article-kind";
import { rolesThatMay, staffMay } from "@clinic/domain/people/staff-permissions";
import { formatCalendarDate } from "@clinic/domain/time/format-for-people";
import { buttonClasses } from "@clinic/ui/button";
import { EmptyState } from "@clinic/ui/empty-state";
import { Input } from "@clinic/ui/input";
import { PageHeader } from "@clinic/ui/page-header";
import { Select } from "@clinic/ui/select";
import { Table, TBody, TD, TH, THead, TR } from "@clinic/ui/table";
import type { Metadata } from "next";
import Link from "next/link";
import { requireStaff } from "~/auth";
import type { SearchParamValue } from "~/lib/search-params";
import { getCaller } from "~/trpc/server";
import { KIND_LABELS, pendingChange, STATUS_LABELS } from "./labels";

export const metadata: Metadata = { title: "Health library" };

const one = (value: SearchParamValue) => (Array.isArray(value) ? value[0] : value) ?? "";

export default async function LibraryPage({ searchParams }: { searchParams: Promise<Record<string, SearchParamValue>> }) {
  const user = await requireStaff(rolesThatMay("articles.edit", "articles.approve"));
  const params = await searchParams;
  // Filters are article words, not personal data: they may live in the URL (bookmarkable, works without JS).
  const status = (ARTICLE_STATUSES as readonly string[]).includes(one(params.status)) ? (one(params.status) as ArticleStatus) : undefined;
  const kind = (ARTICLE_KINDS as readonly string[]).includes(one(params.kind)) ? (one(params.kind) as ArticleKind) : undefined;
  const text = one(params.q).trim().slice(0, 200) || undefined;
  const reviewDue = one(params.due) === "1";
  const rows = await (await getCaller()).library.list({ status, kind, text, reviewDue });

  return (
    <>
      <PageHeader
        title="Health library"
        description="Articles patients read, their medical review and when each is next due for review."
        actions={
          staffMay(user.role, "articles.edit") ? (
            <div className="flex flex-wrap gap-3">
              <Link href="/library/import" className={buttonClasses({ variant: "secondary" })}>
                Import from a web page
              </Link>
              <Link href="/library/new" className={buttonClasses()}>
                New article
              </Link>
            </div>
          ) : null
        }
      />
      <form method="get" className="mb-6 flex flex-wrap items-end gap-3" role="search" aria-label="Filter articles">
        <div className="flex flex-col gap-1">
          <label htmlFor="q" className="text-sm font-medium">
            Title or address
          </label>
          <Input id="q" name="q" type="search" defaultValue={text ?? ""} className="w-56" />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="status" className="text-sm font-medium">
            Status
          </label>
          <Select id="status" name="status" defaultValue={status ?? ""}>
            <option value="">Any status</option>
            {ARTICLE_STATUSES.map((value) => (
              <option key={value} value={value}>
                {STATUS_LABELS[value]}
              </option>
            ))}
          </Select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="kind" className="text-sm font-medium">
            Kind
          </label>
          <Select id="kind" name="kind" defaultValue={kind ?? ""}>
            <option value="">Any kind</option>
            {ARTICLE_KINDS.map((value) => (
              <option key={value} value={value}>
                {KIND_LABELS[value]}
              </option>
            ))}
          </Select>
        </div>
        <label className="flex items-center gap-2 pb-2 text-sm">
          <input type="checkbox" name="due" value="1" defaultChecked={reviewDue} className="size-5 accent-brand-700" />
          Review due within 30 days
        </label>
        <button type="submit" className={buttonClasses({ variant: "secondary" })}>
          Filter
        </button>
      </form>

      {rows.length === 0 ? (
        <EmptyState title="No articles match" description="Try another word or clear the filters." />
      ) : (
        <Table stacked>
          <caption className="sr-only">Articles ({rows.length})</caption>
          <THead>
            <TR>
              <TH>Title</TH>
              <TH>Kind</TH>
              <TH>Status</TH>
              <TH>Reviewer</TH>
              <TH>Last reviewed</TH>
              <TH>Next review due</TH>
            </TR>
          </THead>
          <TBody>
            {rows.map((row) => {
              const pending = pendingChange(row.status, row.latestState);
              return (
                <TR key={row.id}>
                  <TD>
                    <Link href={`/library/${row.id}`} className="font-medium text-brand-800">
                      {row.title}
                    </Link>
                    <div className="text-xs text-muted">/{row.slug}</div>
                  </TD>
                  <TD label="Kind">{KIND_LABELS[row.kind]}</TD>
                  <TD label="Status">
                    {STATUS_LABELS[row.status]}
                    {pending ? <div className="text-xs text-muted">{pending}</div> : null}
                  </TD>
                  <TD label="Reviewer">{row.reviewerName ?? "—"}</TD>
                  <TD label="Last reviewed">{row.reviewedOn ? formatCalendarDate(row.reviewedOn) : "—"}</TD>
                  <TD label="Next review due">{row.nextReviewOn ? formatCalendarDate(row.nextReviewOn) : "—"}</TD>
                </TR>
              );
            })}
          </TBody>
        </Table>
      )}
    </>
  );
}
