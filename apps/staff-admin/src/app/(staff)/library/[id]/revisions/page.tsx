import { EDITORIAL_TIME_ZONE } from "@clinic/domain/content/review-workflow";
import { rolesThatMay } from "@clinic/domain/people/staff-permissions";
import { formatInstantInZone } from "@clinic/domain/time/format-for-people";
import { buttonClasses } from "@clinic/ui/button";
import { Card } from "@clinic/ui/card";
import { PageHeader } from "@clinic/ui/page-header";
import { Select } from "@clinic/ui/select";
import { Table, TBody, TD, TH, THead, TR } from "@clinic/ui/table";
import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireStaff } from "~/auth";
import { revisionDiff } from "~/lib/revision-diff";
import { getCaller } from "~/trpc/server";
import { ArticleVersionProvider } from "../../article-version";
import { ReviewStepForm } from "../../review-step-form";

export const metadata: Metadata = { title: "Revisions" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ from?: string; to?: string }> };

const STATE_WORDS = { draft: "Draft", in_review: "In review", approved: "Approved" } as const;
const when = (instant: Date) => formatInstantInZone(instant, EDITORIAL_TIME_ZONE, "short");

export default async function RevisionsPage({ params, searchParams }: Props) {
  await requireStaff(rolesThatMay("articles.edit", "articles.approve"));
  const [{ id }, query] = await Promise.all([params, searchParams]);
  let article;
  try {
    article = await (await getCaller()).library.get({ id });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  }
  const { revisions } = article;
  const byNumber = new Map(revisions.map((revision) => [revision.number, revision]));
  const newer = byNumber.get(Number(query.to)) ?? revisions[0]!;
  const older = byNumber.get(Number(query.from)) ?? revisions.find((revision) => revision.number < newer.number) ?? newer;
  const names = {
    services: new Map(article.choices.services.map((service) => [service.id, service.name])),
    articles: new Map(article.choices.articles.map((other) => [other.id, other.title])),
  };
  const diff = revisionDiff(older, newer, names);
  const changed = diff.filter((field) => field.changed);

  return (
    <ArticleVersionProvider key={article.version} initial={article.version}>
      <p className="mb-4">
        <Link href={`/library/${article.id}`}>Back to {article.latest.title}</Link>
      </p>
      <PageHeader title={`Revisions of ${article.latest.title}`} description="Every save is kept. Compare any two, or restore one as a new draft." />

      <Table>
        <caption className="sr-only">Revisions, newest first</caption>
        <THead>
          <TR>
            <TH>Revision</TH>
            <TH>State</TH>
            <TH>Saved by</TH>
            <TH>Reviewed</TH>
            <TH>
              <span className="sr-only">Restore</span>
            </TH>
          </TR>
        </THead>
        <TBody>
          {revisions.map((revision) => (
            <TR key={revision.id}>
              <TD>
                {revision.number}
                {revision.autosaved ? <span className="text-muted"> (autosave)</span> : null}
                {revision.restoredFromNumber ? <div className="text-xs text-muted">restored from {revision.restoredFromNumber}</div> : null}
              </TD>
              <TD>{STATE_WORDS[revision.state]}</TD>
              <TD>
                {revision.authorName ?? "Unknown"}
                <div className="text-xs text-muted">{when(revision.updatedAt)}</div>
              </TD>
              <TD>
                {revision.approvedAt ? (
                  <>
                    Approved by {revision.approverName ?? "unknown"}
                    <div className="text-xs text-muted">{when(revision.approvedAt)}</div>
                  </>
                ) : revision.submittedAt ? (
                  <>Submitted by {revision.submitterName ?? "unknown"}</>
                ) : (
                  "—"
                )}
              </TD>
              <TD>
                {article.allowed.edit && revision.number !== article.latest.number ? (
                  <ReviewStepForm id={article.id} version={article.version} step="restore" label={`Restore revision ${revision.number}`} variant="secondary">
                    <input type="hidden" name="number" value={revision.number} />
                  </ReviewStepForm>
                ) : null}
              </TD>
            </TR>
          ))}
        </TBody>
      </Table>

      <section aria-labelledby="compare-title" className="mt-10">
        <h2 id="compare-title" className="mb-4 text-xl font-semibold">
          Compare revision {older.number} with {newer.number}
        </h2>
        <form method="get" className="mb-6 flex flex-wrap items-end gap-3">
          {(
            [
              ["from", "Older", older.number],
              ["to", "Newer", newer.number],
            ] as const
          ).map(([name, label, value]) => (
            <div key={name} className="flex flex-col gap-1">
              <label htmlFor={name} className="text-sm font-medium">
                {label}
              </label>
              <Select id={name} name={name} defaultValue={String(value)}>
                {revisions.map((revision) => (
                  <option key={revision.number} value={revision.number}>
                    Revision {revision.number}
                  </option>
                ))}
              </Select>
            </div>
          ))}
          <button type="submit" className={buttonClasses({ variant: "secondary" })}>
            Compare
          </button>
        </form>
        {changed.length === 0 ? (
          <p>These two revisions are the same.</p>
        ) : (
          <div className="flex flex-col gap-4">
            {changed.map((field) => (
              <Card key={field.field}>
                <h3 className="mb-2 font-semibold">{field.label}</h3>
                <pre className="overflow-x-auto font-mono text-sm break-words whitespace-pre-wrap" tabIndex={0}>
                  {field.parts.map((part, index) =>
                    part.change === "added" ? (
                      <ins key={index} className="bg-success-50 text-success-700 underline">
                        <span className="sr-only">[added] </span>
                        {part.text}
                      </ins>
                    ) : part.change === "removed" ? (
                      <del key={index} className="bg-danger-50 text-danger-800 line-through">
                        <span className="sr-only">[removed] </span>
                        {part.text}
                      </del>
                    ) : (
                      <span key={index}>{part.text}</span>
                    ),
                  )}
                </pre>
              </Card>
            ))}
          </div>
        )}
      </section>
    </ArticleVersionProvider>
  );
}
