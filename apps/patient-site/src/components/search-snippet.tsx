import { snippetSegments } from "@clinic/domain/content/library-search";

/** A search snippet with the matched words in <mark>; everything is React text, so any markup in it is escaped. */
export function SearchSnippet({ snippet }: { snippet: string }) {
  return (
    <>
      {snippetSegments(snippet).map((segment, index) =>
        segment.highlighted ? (
          <mark key={index} className="rounded-sm bg-brand-100 px-0.5 text-ink">
            {segment.text}
          </mark>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </>
  );
}
