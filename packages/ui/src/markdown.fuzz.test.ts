import fc from "fast-check";
import { Window } from "happy-dom";
import { describe, expect, it } from "vitest";
import { renderArticleMarkdown } from "./markdown";

const ALLOWED_TAGS = new Set(["h2", "h3", "h4", "p", "ul", "ol", "li", "strong", "em", "a", "blockquote", "code", "pre", "hr", "br", "table", "thead", "tbody", "tr", "th", "td"]);
const ALLOWED_ATTRIBUTES = new Set(["href", "title", "rel", "target", "scope"]);
const SAFE_URL = /^(https?:|mailto:|tel:|#|\/(?!\/)|[^:/?#]*(?:[/?#]|$))/i;

// Pieces of hostile input, combined at random with Markdown syntax: fast-check finds the mixtures a list would miss.
const hostile = fc.constantFrom(
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  '<a href="javascript:alert(1)">x</a>',
  '<a href="JaVaScRiPt:alert(1)">x</a>',
  '<a href="jav&#x09;ascript:alert(1)">x</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  "[click](javascript:alert(1))",
  "[click](data:text/html,<script>alert(1)</script>)",
  "![img](javascript:alert(1))",
  "<svg onload=alert(1)><circle/></svg>",
  "<svg><script>alert(1)</script></svg>",
  "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
  '<style>body{background:url("javascript:alert(1)")}</style>',
  '<p style="background:url(javascript:alert(1))">x</p>',
  '<iframe src="https://evil.example"></iframe>',
  '<object data="x.swf"></object><embed src="x">',
  '<form action="https://evil.example"><input name=x></form>',
  '<a href="//evil.example">protocol-relative</a>',
  '<base href="https://evil.example/">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  "<!--<script>alert(1)</script>-->",
  "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
  "<details open ontoggle=alert(1)>",
  '<a href="https://ok.example" onclick="alert(1)">ok</a>',
);
const markdownGlue = fc.constantFrom("\n\n", "# ", "## ", "- ", "1. ", "> ", "`", "```\n", "**", "_", "| a | b |\n|---|---|\n| ", " ", "\n");
const document = fc.array(fc.oneof(hostile, markdownGlue, fc.string({ maxLength: 12 })), { maxLength: 25 }).map((parts) => parts.join(""));

/** Every element, attribute and URL in `html` that a browser could execute or load from elsewhere. */
function executableParts(html: string): string[] {
  const window = new Window();
  window.document.body.innerHTML = html;
  const problems: string[] = [];
  for (const element of window.document.body.querySelectorAll("*")) {
    const tag = element.tagName.toLowerCase();
    if (!ALLOWED_TAGS.has(tag)) problems.push(`<${tag}>`);
    for (const attribute of Array.from(element.attributes)) {
      if (!ALLOWED_ATTRIBUTES.has(attribute.name.toLowerCase())) problems.push(`${tag}[${attribute.name}]`);
      if (attribute.name.toLowerCase() === "href") {
        // Browsers ignore control characters and spaces inside a URL's scheme.
        const href = [...(attribute.value ?? "")].filter((character) => character.charCodeAt(0) > 0x20).join("");
        if (!SAFE_URL.test(href) || href.startsWith("//")) problems.push(`href=${attribute.value}`);
      }
    }
  }
  void window.happyDOM.close();
  return problems;
}

describe("renderArticleMarkdown against hostile input", () => {
  it("the checker itself sees executable markup", () => {
    expect(executableParts('<p onclick="x">a</p><script>1</script><a href="javascript:x">b</a>')).toEqual([
      "p[onclick]",
      "<script>",
      "href=javascript:x",
    ]);
  });

  it("never outputs a script, event handler, style, foreign element or script/data URL", () => {
    fc.assert(
      fc.property(document, (markdown) => {
        expect(executableParts(renderArticleMarkdown(markdown))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
