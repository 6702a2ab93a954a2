import { marked } from "marked";
import sanitizeHtml from "sanitize-html";

/**
 * Article bodies are written by staff in markdown. They are still sanitized: an editor's account can be
 * compromised, and raw HTML in markdown passes through `marked` untouched.
 */
function sanitizeOptions(responsive: ResponsiveImages | undefined): sanitizeHtml.IOptions {
  return {
    allowedTags: [
      "h2", "h3", "h4", "p", "ul", "ol", "li", "strong", "em", "a", "blockquote", "code", "pre", "hr", "br",
      "table", "thead", "tbody", "tr", "th", "td", "img",
    ],
    // rel/target are allowed only because transformTags sets them; sanitize-html filters after transforming.
    allowedAttributes: {
      a: ["href", "title", "rel", "target"],
      th: ["scope"],
      img: ["src", "srcset", "sizes", "alt", "width", "height", "loading", "decoding"],
    },
    allowedSchemes: ["http", "https", "mailto", "tel"],
    allowProtocolRelative: false,
    // An image survives only as transformImage left it (our own source, alt text, both dimensions).
    exclusiveFilter: (frame) => frame.tag === "img" && !(frame.attribs.src && frame.attribs.width && frame.attribs.height && frame.attribs.alt),
    transformTags: {
      img: (tagName, attribs) => ({ tagName, attribs: transformImage(attribs, responsive) }),
      // The page has its own <h1> (the article title); keep the outline intact by demoting body headings.
      h1: "h2",
      a: (tagName, attribs) => {
        const external = /^https?:\/\//i.test(attribs.href ?? "");
        return {
          tagName,
          attribs: external ? { ...attribs, rel: "noopener noreferrer nofollow", target: "_blank" } : attribs,
        };
      },
    },
  };
}

/**
 * Article images come only from our media route (uploads, keyed by SHA-256) or the patient site's
 * own authored illustrations; the Markdown carries the size as `?w=…&h=…` so the page reserves the
 * box before the image loads (no layout shift).
 */
const IMAGE_SOURCE = /^\/(?:media\/[0-9a-f]{64}|library-images\/[a-z0-9-]+\.(?:svg|png|webp|jpg))\?w=([1-9][0-9]{0,3})&h=([1-9][0-9]{0,3})$/;

/**
 * How a site serves raster article images resized (the patient site: next/image's optimizer, decision
 * 0095). `widths` must be widths the optimizer accepts; the staff preview passes none and gets originals.
 */
export type ResponsiveImages = { widths: readonly number[]; url: (path: string, width: number) => string; columnWidth: number };

/**
 * Optimizer widths below the original's, plus the first at or above it. The optimizer never enlarges,
 * so that last one is described by the original's width: a `w` descriptor must be the real width.
 */
function srcsetCandidates(widths: readonly number[], intrinsic: number): { request: number; actual: number }[] {
  const sorted = [...widths].sort((a, b) => a - b);
  const cover = sorted.find((width) => width >= intrinsic);
  return [...sorted.filter((width) => width < intrinsic).map((width) => ({ request: width, actual: width })), ...(cover ? [{ request: cover, actual: intrinsic }] : [])];
}

/** An `<img>`'s attributes as rendered: everything else about it (title, style, events) is dropped. */
function transformImage(attribs: sanitizeHtml.Attributes, responsive: ResponsiveImages | undefined): sanitizeHtml.Attributes {
  const match = IMAGE_SOURCE.exec(attribs.src ?? "");
  const alt = (attribs.alt ?? "").trim();
  if (!match || !alt) return {};
  const [, width, height] = match;
  const path = (attribs.src ?? "").split("?")[0]!;
  const image = { alt, width: width!, height: height!, loading: "lazy", decoding: "async" };
  // SVG is drawn at any size already; the optimizer refuses it (it could carry script).
  const candidates = responsive && !path.endsWith(".svg") ? srcsetCandidates(responsive.widths, Number(width)) : [];
  if (!responsive || candidates.length === 0) return { src: path, ...image };
  const shown = Math.min(Number(width), responsive.columnWidth);
  return {
    src: responsive.url(path, (candidates.find((candidate) => candidate.actual >= shown) ?? candidates.at(-1)!).request),
    srcset: candidates.map((candidate) => `${responsive.url(path, candidate.request)} ${candidate.actual}w`).join(", "),
    sizes: `(min-width: ${shown}px) ${shown}px, 100vw`,
    ...image,
  };
}

/** The Markdown an editor inserts for a stored image. */
export function articleImageMarkdown(image: { path: string; alt: string; width: number; height: number }): string {
  const alt = image.alt.replace(/[\\[\]]/g, (character) => `\\${character}`).replace(/\s+/g, " ");
  return `![${alt}](${image.path}?w=${image.width}&h=${image.height})`;
}

/**
 * Markdown → safe HTML for `dangerouslySetInnerHTML`: the one renderer of article text, used by the patient
 * site and by the staff editor's preview. Runs on the server only (no parser in the bundle).
 */
export function renderArticleMarkdown(markdown: string, options: { responsiveImages?: ResponsiveImages } = {}): string {
  const html = marked.parse(markdown, { async: false, gfm: true });
  return sanitizeHtml(html, sanitizeOptions(options.responsiveImages));
}
