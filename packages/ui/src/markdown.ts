import { marked } from "marked";
import sanitizeHtml from "sanitize-html";

/**
 * Article bodies are written by staff in markdown. They are still sanitized: an editor's account can be
 * compromised, and raw HTML in markdown passes through `marked` untouched.
 */
const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    "h2", "h3", "h4", "p", "ul", "ol", "li", "strong", "em", "a", "blockquote", "code", "pre", "hr", "br",
    "table", "thead", "tbody", "tr", "th", "td",
  ],
  // rel/target are allowed only because transformTags sets them; sanitize-html filters after transforming.
  allowedAttributes: { a: ["href", "title", "rel", "target"], th: ["scope"] },
  allowedSchemes: ["http", "https", "mailto", "tel"],
  allowProtocolRelative: false,
  transformTags: {
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

/**
 * Markdown → safe HTML for `dangerouslySetInnerHTML`: the one renderer of article text, used by the patient
 * site and by the staff editor's preview. Runs on the server only (no parser in the bundle).
 */
export function renderArticleMarkdown(markdown: string): string {
  const html = marked.parse(markdown, { async: false, gfm: true });
  return sanitizeHtml(html, SANITIZE_OPTIONS);
}
