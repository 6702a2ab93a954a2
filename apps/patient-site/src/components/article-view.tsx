import { formatCalendarDate } from "@clinic/domain/time/format-for-people";
import { renderArticleMarkdown } from "@clinic/ui/markdown";
import { ARTICLE_IMAGES } from "../image-optimizer";

type Citation = { url: string; title: string; publisher?: string | null; accessedOn: Parameters<typeof formatCalendarDate>[0] };

// One body + sources block for the published page and the draft preview, so both show exactly what patients will see.
export function ArticleView({ bodyMarkdown, citations }: { bodyMarkdown: string; citations: readonly Citation[] }) {
  return (
    <>
      {/* Sanitized on the server by renderArticleMarkdown (allow-list of tags, attributes and URL schemes); raster images resized by /_next/image. */}
      <div className="article-body mt-8" dangerouslySetInnerHTML={{ __html: renderArticleMarkdown(bodyMarkdown, { responsiveImages: ARTICLE_IMAGES }) }} />
      {citations.length > 0 ? (
        <section aria-labelledby="sources-title" className="mt-12">
          <h2 id="sources-title" className="text-xl font-semibold">
            Sources
          </h2>
          <ol className="mt-4 list-decimal space-y-2 pl-6 text-sm">
            {citations.map((citation) => (
              <li key={citation.url}>
                <a href={citation.url} rel="noopener noreferrer nofollow" className="text-brand-800 underline">
                  {citation.title}
                </a>
                {citation.publisher ? `, ${citation.publisher}` : ""}. Accessed {formatCalendarDate(citation.accessedOn)}.
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </>
  );
}
