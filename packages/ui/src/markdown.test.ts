import { describe, expect, it } from "vitest";
import { renderArticleMarkdown } from "./markdown";

describe("renderArticleMarkdown", () => {
  it("renders headings, lists and emphasis", () => {
    const html = renderArticleMarkdown("## Causes\n\n- Poor **posture**\n- Muscle strain");
    expect(html).toContain("<h2>Causes</h2>");
    expect(html).toContain("<li>Poor <strong>posture</strong></li>");
  });

  it("removes scripts, event handlers and javascript: links", () => {
    const html = renderArticleMarkdown(
      '<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\n[click](javascript:alert(3)) <a href="#" onclick="x()">a</a>',
    );
    expect(html).not.toMatch(/script|onerror|onclick|javascript:|<img/i);
  });

  it("demotes a body <h1> so the page keeps one h1", () => {
    expect(renderArticleMarkdown("# Title").trim()).toBe("<h2>Title</h2>");
  });

  it("opens external links safely in a new tab and keeps internal links as they are", () => {
    const html = renderArticleMarkdown("[NIH](https://www.nih.gov) and [services](/services)");
    expect(html).toContain('<a href="https://www.nih.gov" rel="noopener noreferrer nofollow" target="_blank">NIH</a>');
    expect(html).toContain('<a href="/services">services</a>');
  });
});
