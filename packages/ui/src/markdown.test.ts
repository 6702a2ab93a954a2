import { describe, expect, it } from "vitest";
import { articleImageMarkdown, renderArticleMarkdown } from "./markdown";

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

describe("article images", () => {
  const hash = "0123456789abcdef".repeat(4);

  it("render from our media route with alt text, both dimensions and lazy loading", () => {
    const markdown = articleImageMarkdown({ path: `/media/${hash}`, alt: "An X-ray [side view]", width: 1200, height: 800 });
    expect(renderArticleMarkdown(markdown).trim()).toBe(
      `<p><img src="/media/${hash}" alt="An X-ray [side view]" width="1200" height="800" loading="lazy" decoding="async" /></p>`,
    );
  });

  it("are dropped when they come from elsewhere, lack alt text or lack a size", () => {
    for (const markdown of [
      "![A photo](https://evil.example/a.png?w=10&h=10)",
      `![](/media/${hash}?w=10&h=10)`,
      `![A photo](/media/${hash})`,
      `![A photo](/media/${hash.slice(1)}?w=10&h=10)`,
      "![A photo](/library-images/../secret.svg?w=10&h=10)",
    ]) {
      expect(renderArticleMarkdown(markdown)).not.toContain("<img");
    }
  });
});
