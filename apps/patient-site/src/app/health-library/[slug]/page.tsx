import { Alert } from "@clinic/ui/alert";
import { Card } from "@clinic/ui/card";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { BookCallToAction } from "~/components/book-call-to-action";
import { LIBRARY_SECTIONS } from "~/content/article-kinds";
import { ArticleView } from "~/components/article-view";
import { getClinicInfo } from "~/data/clinic-info";
import { findMovedArticle, getPublishedArticle } from "~/data/article";
import { JsonLd } from "~/components/json-ld";
import { medicalWebPage } from "~/content/structured-data";
import { siteUrl } from "~/env";
import { formatCalendarDate, formatDateInZone } from "@clinic/domain/time/format-for-people";

import { EDITORIAL_TIME_ZONE } from "@clinic/domain/content/review-workflow";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await getPublishedArticle((await params).slug);
  if (!article) return { title: "Article not found" };
  return {
    title: article.title,
    description: article.summary,
    alternates: { canonical: `/health-library/${article.slug}` },
    openGraph: {
      type: "article",
      url: `/health-library/${article.slug}`,
      title: article.title,
      description: article.summary,
      publishedTime: article.publishedAt.toISOString(),
      modifiedTime: article.updatedAt.toISOString(),
    },
  };
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params;
  const article = await getPublishedArticle(slug);
  if (!article) {
    // A renamed article keeps its old address working: 308 to where it lives now (links and bookmarks survive).
    const movedTo = await findMovedArticle(slug);
    if (movedTo) permanentRedirect(`/health-library/${movedTo}`);
    notFound();
  }

  const info = await getClinicInfo();
  const updated = article.updatedAt.getTime() - article.publishedAt.getTime() > 24 * 60 * 60 * 1000;

  return (
    <article className="mx-auto max-w-3xl">
      <JsonLd data={medicalWebPage(article, siteUrl(), info.name)} />
      <nav aria-label="Breadcrumb" className="mb-4 text-sm">
        <Link href="/health-library" className="text-brand-800">
          Health library
        </Link>
        <span aria-hidden="true" className="mx-2 text-muted">/</span>
        <span className="text-muted">{LIBRARY_SECTIONS.find((section) => section.kind === article.kind)?.label}</span>
      </nav>

      <header className="border-b border-line pb-6">
        <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">{article.title}</h1>
        <p className="mt-3 text-lg text-muted">{article.summary}</p>
        <dl className="mt-5 grid gap-x-6 gap-y-1 text-sm text-muted sm:grid-cols-[auto_1fr]">
          {article.reviewer ? (
            <>
              <dt className="font-medium text-ink">Medically reviewed by</dt>
              <dd>
                <Link href={`/providers#${article.reviewer.slug}`} className="text-brand-800">
                  {article.reviewer.name}
                </Link>
                , {article.reviewer.title}
                {article.reviewedOn ? <> on {formatCalendarDate(article.reviewedOn)}</> : null}
              </dd>
            </>
          ) : null}
          {article.author ? (
            <>
              <dt className="font-medium text-ink">Written by</dt>
              <dd>{article.author.name}</dd>
            </>
          ) : null}
          <dt className="font-medium text-ink">Published</dt>
          <dd>
            <time dateTime={article.publishedAt.toISOString()}>{formatDateInZone(article.publishedAt, EDITORIAL_TIME_ZONE)}</time>
          </dd>
          {updated ? (
            <>
              <dt className="font-medium text-ink">Last updated</dt>
              <dd>
                <time dateTime={article.updatedAt.toISOString()}>{formatDateInZone(article.updatedAt, EDITORIAL_TIME_ZONE)}</time>
              </dd>
            </>
          ) : null}
        </dl>
      </header>

      <Alert tone="info" title="Educational information" className="mt-6">
        This article is for education and is not medical advice. It cannot replace a visit with a clinician who knows
        your history. If you have sudden severe pain, weakness, numbness, or loss of bladder or bowel control, call 911
        or go to the nearest emergency room.
      </Alert>

      <ArticleView bodyMarkdown={article.bodyMarkdown} citations={article.citations} />

      {article.relatedArticles.length > 0 ? (
        <section aria-labelledby="related-articles-title" className="mt-12">
          <h2 id="related-articles-title" className="text-xl font-semibold">
            Related articles
          </h2>
          <ul className="mt-4 grid gap-3 sm:grid-cols-2">
            {article.relatedArticles.map((related) => (
              <li key={related.slug}>
                <Card className="h-full p-4">
                  <Link href={`/health-library/${related.slug}`} className="font-medium text-brand-800">
                    {related.title}
                  </Link>
                  <p className="mt-1 text-sm text-muted">{related.summary}</p>
                </Card>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {article.relatedServices.length > 0 ? (
        <section aria-labelledby="related-title" className="mt-12">
          <h2 id="related-title" className="text-xl font-semibold">
            Related services at {info.name}
          </h2>
          <ul className="mt-4 grid gap-3 sm:grid-cols-2">
            {article.relatedServices.map((service) => (
              <li key={service.id}>
                <Card className="flex h-full flex-col gap-3 p-4">
                  <div>
                    <Link href={`/services#${service.slug}`} className="font-medium text-brand-800">
                      {service.name}
                    </Link>
                    <p className="text-sm text-muted">{service.durationMinutes} minutes</p>
                  </div>
                  <BookCallToAction phone={null} service={service} variant="secondary" size="sm" />
                </Card>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="cta-title" className="mt-12 rounded-card bg-brand-50 px-6 py-8">
        <h2 id="cta-title" className="text-xl font-semibold">
          Talk to our team about your pain
        </h2>
        <p className="mt-2 mb-5 text-muted">
          A specialist can examine you, explain your options and plan care that fits you.
        </p>
        <BookCallToAction phone={info.phone} />
      </section>
    </article>
  );
}
