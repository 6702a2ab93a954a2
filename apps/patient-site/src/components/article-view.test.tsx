import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ArticleView } from "./article-view";

describe("ArticleView", () => {
  it("renders the sanitized body and the numbered sources", () => {
    const html = renderToStaticMarkup(
      <ArticleView
        bodyMarkdown={"## Posture\n\nSit tall.<script>alert(1)</script>"}
        citations={[{ url: "https://example.org/a", title: "Back pain guide", publisher: "NHS", accessedOn: "2026-01-15" }]}
      />,
    );
    expect(html).toContain("Sit tall.");
    expect(html).not.toContain("<script");
    expect(html).toContain('<h2 id="sources-title"');
    expect(html).toContain('href="https://example.org/a"');
    expect(html).toContain("Back pain guide</a>, NHS. Accessed January 15, 2026.");
  });

  it("leaves out the sources section when there are none", () => {
    const html = renderToStaticMarkup(<ArticleView bodyMarkdown="Plain text." citations={[]} />);
    expect(html).toContain("Plain text.");
    expect(html).not.toContain("Sources");
  });
});
