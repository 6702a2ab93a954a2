import { assessArticle } from "@clinic/domain/content/assess-article";
import { EDITORIAL_TIME_ZONE } from "@clinic/domain/content/review-workflow";
import { rolesThatMay } from "@clinic/domain/people/staff-permissions";
import { formatCalendarDate, formatInstantInZone } from "@clinic/domain/time/format-for-people";
import { Alert } from "@clinic/ui/alert";
import { Card } from "@clinic/ui/card";
import { renderArticleMarkdown } from "@clinic/ui/markdown";
import { PageHeader } from "@clinic/ui/page-header";
import { Select } from "@clinic/ui/select";
import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireStaff } from "~/auth";
import { patientSite } from "~/env";
import { draftPreviewLink } from "~/lib/patient-site";
import { getCaller } from "~/trpc/server";
import { ArticleForm } from "../article-form";
import { valuesOfDraft } from "../article-form-data";
import { STATUS_LABELS } from "../labels";
import { ReviewStepForm } from "../review-step-form";
import { ArticleVersionProvider } from "../article-version";
import { AssessmentPanel } from "../assessment-panel";
import { ImageUploadForm } from "../image-upload-form";
import { stepMessage } from "../step-messages";

export const metadata: Metadata = { title: "Edit article" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string; created?: string; imported?: string; v?: string }> };

const REVISION_STATE_WORDS = { draft: "Draft", in_review: "Waiting for medical review", approved: "Approved" } as const;

async function loadArticle(id: string) {
  try {
    return await (await getCaller()).library.get({ id });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) return null;
    throw error;
  }
}

const when = (instant: Date) => formatInstantInZone(instant, EDITORIAL_TIME_ZONE, "short");

export default async function ArticleEditorPage({ params, searchParams }: Props) {
  await requireStaff(rolesThatMay("articles.edit", "articles.approve"));
  const [{ id }, { done, created, imported, v }] = await Promise.all([params, searchParams]);
  const article = await loadArticle(id);
  if (!article) notFound();
  const { latest } = article;
  const message = imported
    ? "Draft imported. Check the headings, lists and summary, add sources, then submit it for review."
    : created
      ? "Draft created. It autosaves as you type; submit it for review when it is ready."
      : stepMessage(done);
  // What the reviewer will approve: the latest saved revision, graded as the editor's panel grades it.
  const assessment = assessArticle(latest);
  const preview = latest.state !== "approved" || article.status !== "published" ? draftPreviewLink(latest.id) : null;
  const liveHref = article.status === "published" ? new URL(`/health-library/${article.slug}`, patientSite().url).toString() : null;

  return (
    <ArticleVersionProvider initial={article.version}>
      <p className="mb-4">
        <Link href="/library">Back to the health library</Link>
      </p>
      <PageHeader title={latest.title} description={`${STATUS_LABELS[article.status]} · revision ${latest.number}: ${REVISION_STATE_WORDS[latest.state]}`} />
      {message ? (
        <Alert tone="success" className="mb-6">
          {message}
        </Alert>
      ) : null}

      <div className="mb-8 grid gap-6 lg:grid-cols-2">
        <Card>
          <h2 className="text-lg font-semibold">Medical review</h2>
          <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="font-medium">Written</dt>
            <dd>
              {latest.authorName ?? "Unknown"}, {when(latest.updatedAt)}
              {latest.restoredFromNumber ? ` (restored from revision ${latest.restoredFromNumber})` : ""}
            </dd>
            {latest.submittedAt ? (
              <>
                <dt className="font-medium">Submitted</dt>
                <dd>
                  {latest.submitterName ?? "Unknown"}, {when(latest.submittedAt)}
                </dd>
              </>
            ) : null}
            {article.reviewedOn ? (
              <>
                <dt className="font-medium">Published text reviewed by</dt>
                <dd>
                  {article.reviewerName ? `${article.reviewerName}, ${article.reviewerTitle}` : "an administrator"} on {formatCalendarDate(article.reviewedOn)}
                </dd>
              </>
            ) : null}
            {article.nextReviewOn ? (
              <>
                <dt className="font-medium">Next review due</dt>
                <dd>{formatCalendarDate(article.nextReviewOn)}</dd>
              </>
            ) : null}
          </dl>
          <div className="mt-4">
            <AssessmentPanel assessment={assessment} id="review-assessment-title" title={`Readability and checks of revision ${latest.number}`} />
          </div>
          <div className="mt-4 flex flex-col gap-4">
            {article.allowed.submit ? <ReviewStepForm id={article.id} version={article.version} step="submit" label="Submit for medical review" /> : null}
            {article.allowed.approve ? (
              <ReviewStepForm id={article.id} version={article.version} step="approve" label="Approve and publish">
                <label htmlFor="nextReviewMonths" className="text-sm font-medium">
                  Next review in
                </label>
                <Select id="nextReviewMonths" name="nextReviewMonths" defaultValue="12" className="w-40">
                  {[3, 6, 12, 18, 24].map((months) => (
                    <option key={months} value={months}>
                      {months} months
                    </option>
                  ))}
                </Select>
              </ReviewStepForm>
            ) : null}
            {article.approveRefusal ? <Alert tone="warning">{article.approveRefusal}</Alert> : null}
            {article.allowed.sendBack ? <ReviewStepForm id={article.id} version={article.version} step="sendBack" label="Send back to the editors" variant="secondary" /> : null}
            {article.allowed.archive ? <ReviewStepForm id={article.id} version={article.version} step="archive" label="Archive (remove from the patient site)" variant="secondary" /> : null}
          </div>
        </Card>
        <Card>
          <h2 className="text-lg font-semibold">On the patient site</h2>
          <ul className="mt-3 flex flex-col gap-2 text-sm">
            {liveHref ? (
              <li>
                <a href={liveHref} className="text-brand-800 underline">
                  Published page
                </a>
              </li>
            ) : (
              <li>Not on the patient site{article.status === "archived" ? " (archived)" : ""}.</li>
            )}
            {preview ? (
              <li>
                <a href={preview.href} className="text-brand-800 underline">
                  Preview this revision on the patient site
                </a>{" "}
                <span className="text-muted">(link works until {when(preview.expiresAt)}; search engines never see it)</span>
              </li>
            ) : null}
            <li>
              <Link href={`/library/${article.id}/revisions`} className="text-brand-800 underline">
                All {article.revisions.length} revisions, compare and restore
              </Link>
            </li>
          </ul>
        </Card>
      </div>

      {article.allowed.edit ? (
        <>
          <h2 className="mb-4 text-xl font-semibold">Edit</h2>
          <ArticleForm
            // Not keyed by the article's version: a refresh after an autosave must keep the typing. A review
            // step's redirect carries its version in `v`, which starts the form afresh at that version.
            key={v ?? "opened"}
            articleId={article.id}
            initial={{ values: valuesOfDraft(latest), version: article.version }}
            initialPreviewHtml={renderArticleMarkdown(latest.bodyMarkdown)}
            initialAssessment={assessment}
            services={article.choices.services}
            articles={article.choices.articles.map((other) => ({ id: other.id, name: other.title }))}
            published={article.publishedAt !== null}
          />
          <ImageUploadForm bodyFieldId="bodyMarkdown" />
        </>
      ) : (
        <section aria-labelledby="text-title">
          <h2 id="text-title" className="mb-4 text-xl font-semibold">
            Text under review
          </h2>
          <Card>
            <p className="text-muted">{latest.summary}</p>
            {/* Sanitized on the server by @clinic/ui/markdown, as on the patient site. */}
            <div className="article-body mt-4" dangerouslySetInnerHTML={{ __html: renderArticleMarkdown(latest.bodyMarkdown) }} />
          </Card>
        </section>
      )}
    </ArticleVersionProvider>
  );
}
