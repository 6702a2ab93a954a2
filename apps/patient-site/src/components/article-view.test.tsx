import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DEVICE_SIZES, IMAGE_QUALITY, IMAGE_SIZES } from "../image-optimizer";
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

  it("serves an uploaded image resized through /_next/image at widths the optimizer accepts", () => {
    const hash = "ab".repeat(32);
    const html = renderToStaticMarkup(<ArticleView bodyMarkdown={`![The ribs](/media/${hash}?w=1000&h=500)`} citations={[]} />);
    const srcset = /srcset="([^"]+)"/.exec(html)?.[1]?.replaceAll("&amp;", "&") ?? "";
    const requested = srcset.split(", ").map((candidate) => Number(/&w=(\d+)&/.exec(candidate)?.[1]));
    expect(requested).toEqual([384, 640, 828, 1080]);
    expect(requested.every((width) => ([...IMAGE_SIZES, ...DEVICE_SIZES] as number[]).includes(width))).toBe(true);
    expect(srcset).toMatch(/&w=1080&q=75 1000w$/);
    expect(srcset).toContain(`/_next/image?url=%2Fmedia%2F${hash}&w=640&q=${IMAGE_QUALITY}`);
    expect(html).toContain('sizes="(min-width: 768px) 768px, 100vw"');
    expect(html).toContain('alt="The ribs" width="1000" height="500"');
  });
});

