import { HIGHLIGHT_END, HIGHLIGHT_START } from "@clinic/domain/content/library-search";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SearchSnippet } from "./search-snippet";

describe("SearchSnippet", () => {
  it("marks the highlighted words and escapes everything else", () => {
    const snippet = `Avoid <img src=x onerror="alert(1)"> & ${HIGHLIGHT_START}<b>slouching</b>${HIGHLIGHT_END} at a desk`;
    const html = renderToStaticMarkup(<SearchSnippet snippet={snippet} />);
    expect(html).toContain('<mark class="rounded-sm bg-brand-100 px-0.5 text-ink">&lt;b&gt;slouching&lt;/b&gt;</mark>');
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; ");
    expect(html).not.toMatch(/<(img|b)[\s>]/);
  });
});
