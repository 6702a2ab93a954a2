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

  it("on the patient site, come resized through the optimizer: widths up to the original's, sized for the column", () => {
    const responsiveImages = { widths: [96, 384, 640, 1080, 1920], url: (path: string, width: number) => `/_next/image?url=${encodeURIComponent(path)}&w=${width}&q=75`, columnWidth: 768 };
    const html = renderArticleMarkdown(`![Spine](/media/${hash}?w=900&h=600)`, { responsiveImages });
    const optimized = (width: number) => `/_next/image?url=%2Fmedia%2F${hash}&amp;w=${width}&amp;q=75`;
    expect(html).toContain(`src="${optimized(1080)}"`);
    // The optimizer never enlarges: the 1080 request answers the 900 px original, and says so.
    expect(html).toContain(`srcset="${[96, 384, 640].map((width) => `${optimized(width)} ${width}w`).join(", ")}, ${optimized(1080)} 900w"`);
    expect(html).toContain('sizes="(min-width: 768px) 768px, 100vw"');
    expect(html).toContain('width="900" height="600"');
  });

  it("keep an SVG illustration as it is: the optimizer does not take SVG", () => {
    const responsiveImages = { widths: [640], url: () => "/never", columnWidth: 768 };
    expect(renderArticleMarkdown("![Spine](/library-images/thoracic-spine.svg?w=640&h=900)", { responsiveImages })).toContain('src="/library-images/thoracic-spine.svg"');
  });
});
