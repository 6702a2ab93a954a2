import { Card } from "@clinic/ui/card";
import { EmptyState } from "@clinic/ui/empty-state";
import { PageHeader } from "@clinic/ui/page-header";
import type { Metadata } from "next";
import Link from "next/link";
import { LIBRARY_SECTIONS, parseLibraryFilter, type LibraryFilter } from "~/content/article-kinds";
import { formatCalendarDate } from "@clinic/domain/time/format-for-people";
import { getCaller } from "~/trpc/server";
import { librarySearchQuery } from "@clinic/domain/content/library-search";
import { buttonClasses } from "@clinic/ui/button";
import { Input } from "@clinic/ui/input";
import { SearchSnippet } from "~/components/search-snippet";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Health library",
  description: "Medically reviewed articles about back pain, its causes and the treatments we offer.",
  alternates: { canonical: "/health-library" },
};

const FILTER_LINKS = [
  { href: "/health-library", label: "All articles", kind: undefined },
  { href: "/health-library?kind=condition", label: "Conditions", kind: "condition" },
  { href: "/health-library?kind=treatment", label: "Treatments", kind: "treatment" },
] as const;

type LibrarySearchParams = { kind?: string | string[]; q?: string | string[] };

export default async function HealthLibraryPage({ searchParams }: { searchParams: Promise<LibrarySearchParams> }) {
  const params = await searchParams;
  const kind = parseLibraryFilter(params.kind);
  const typed = typeof params.q === "string" ? params.q : "";
  const query = typed.trim() === "" ? null : librarySearchQuery.safeParse(typed);

  return (
    <>
      <PageHeader
        title="Health library"
        description="Plain-language articles about back pain and its treatments, each reviewed by one of our clinicians. They are for education and are not medical advice."
      />

      <SearchForm typed={typed} error={query && !query.success ? (query.error.issues[0]?.message ?? null) : null} />

      {query?.success ? (
        <SearchResults q={query.data} />
      ) : (
        <>
          {/* Plain links, so the filter works without JavaScript and each view has its own address. */}
          <nav aria-label="Filter articles" className="mb-8">
            <ul className="flex flex-wrap gap-2">
              {FILTER_LINKS.map((filter) => {
                const current = filter.kind === kind;
                return (
                  <li key={filter.label}>
                    <Link
                      href={filter.href}
                      aria-current={current ? "page" : undefined}
                      className={`inline-block rounded-full border px-4 py-1.5 text-sm font-medium no-underline ${
                        current ? "border-brand-700 bg-brand-700 text-white" : "border-line-strong bg-surface text-ink hover:bg-brand-50"
                      }`}
                    >
                      {filter.label}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </nav>

          {/* No Suspense boundary: a streamed part never replaces its fallback without JavaScript. */}
          <ArticleSections kind={kind} />
        </>
      )}
    </>
  );
}

/** A GET form: the results have an address and work without JavaScript. A search term names a topic, not a person. */
function SearchForm({ typed, error }: { typed: string; error: string | null }) {
  return (
    <search className="mb-8">
      <form method="get" action="/health-library" className="flex max-w-xl flex-col gap-1.5">
        <label htmlFor="library-search" className="text-sm font-medium text-ink">
          Search the health library
        </label>
        <div className="flex gap-2">
          <Input
            id="library-search"
            type="search"
            name="q"
            defaultValue={typed}
            maxLength={200}
            invalid={error !== null}
            aria-describedby={error ? "library-search-error" : undefined}
            className="flex-1"
          />
          <button type="submit" className={buttonClasses()}>
            Search
          </button>
        </div>
        {error ? (
          <p id="library-search-error" className="text-sm text-danger-700">
            {error}
          </p>
        ) : null}
      </form>
    </search>
  );
}

async function SearchResults({ q }: { q: string }) {
  const results = await (await getCaller()).articles.search({ q });
  return (
    <section aria-labelledby="search-results" className="mb-12">
      <h2 id="search-results" className="text-2xl font-semibold">
        {results.length === 0 ? `No articles found for “${q}”` : `${results.length} ${results.length === 1 ? "article" : "articles"} for “${q}”`}
      </h2>
      {results.length === 0 ? (
        <p className="mt-2 text-muted">
          Try other words, or <Link href="/health-library">browse all articles</Link>.
        </p>
      ) : (
        <ol className="mt-5 flex flex-col gap-5">
          {results.map((result) => (
            <li key={result.slug}>
              <Card>
                <h3 className="text-lg font-semibold">
                  <Link href={`/health-library/${result.slug}`} className="text-brand-800">
                    {result.title}
                  </Link>
                </h3>
                <p className="mt-2 text-muted">
                  <SearchSnippet snippet={result.snippet} />
                </p>
              </Card>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

async function ArticleSections({ kind }: { kind: LibraryFilter | undefined }) {
  const articles = await (await getCaller()).articles.list(kind ? { kind } : undefined);
  const sections = LIBRARY_SECTIONS.map((section) => ({
    ...section,
    articles: articles.filter((article) => article.kind === section.kind),
  })).filter((section) => section.articles.length > 0);

  return (
    <>
      {sections.length === 0 ? (
        <EmptyState title="No articles here yet" description="Please check back soon, or browse all articles." />
      ) : (
        sections.map((section) => (
          <section key={section.kind} aria-labelledby={`section-${section.kind}`} className="mb-12">
            <h2 id={`section-${section.kind}`} className="text-2xl font-semibold">
              {section.label}
            </h2>
            <p className="mt-1 text-muted">{section.description}</p>
            <ul className="mt-5 grid gap-5 md:grid-cols-2">
              {section.articles.map((article) => (
                <li key={article.slug}>
                  <Card className="h-full">
                    <h3 className="text-lg font-semibold">
                      <Link href={`/health-library/${article.slug}`} className="text-brand-800">
                        {article.title}
                      </Link>
                    </h3>
                    <p className="mt-2 text-muted">{article.summary}</p>
                    {article.reviewedOn ? (
                      <p className="mt-3 text-sm text-muted">Medically reviewed {formatCalendarDate(article.reviewedOn)}</p>
                    ) : null}
                  </Card>
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
    </>
  );
}
