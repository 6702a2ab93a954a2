import fc from "fast-check";
import { Window } from "happy-dom";
import { describe, expect, it } from "vitest";
import { renderArticleMarkdown, type ResponsiveImages } from "./markdown";

const ALLOWED_TAGS = new Set(["h2", "h3", "h4", "p", "ul", "ol", "li", "strong", "em", "a", "blockquote", "code", "pre", "hr", "br", "table", "thead", "tbody", "tr", "th", "td", "img"]);
const ALLOWED_ATTRIBUTES = new Set(["href", "title", "rel", "target", "scope", "src", "srcset", "sizes", "alt", "width", "height", "loading", "decoding"]);
/** Images load only from our own media route or the patient site's authored illustrations. */
const OWN_IMAGE = /^\/(?:media\/[0-9a-f]{64}|library-images\/[a-z0-9-]+\.(?:svg|png|webp|jpg))$/;
const HASH = "3f".repeat(32);
/** The patient site's resized copies: our optimizer, asked for one of our own images. */
const OPTIMIZED = /^\/_next\/image\?url=([^&]+)&w=[0-9]+&q=75$/;
const RESPONSIVE: ResponsiveImages = { widths: [96, 384, 640, 1080], url: (path, width) => `/_next/image?url=${encodeURIComponent(path)}&w=${width}&q=75`, columnWidth: 768 };

function ownImage(url: string): boolean {
  const optimized = OPTIMIZED.exec(url);
  return OWN_IMAGE.test(optimized ? decodeURIComponent(optimized[1]!) : url);
}
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
  "![x](https://evil.example/track.png?w=1&h=1)",
  "![x](//evil.example/a.png?w=1&h=1)",
  "![x](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=?w=1&h=1)",
  `![x](/media/${HASH}?w=1&h=1" onerror="alert(1))`,
  `![x](/media/${HASH}/../../api/x?w=1&h=1)`,
  `![ok](/media/${HASH}?w=640&h=480)`,
  `![](/media/${HASH}?w=640&h=480)`,
  `<img src="/media/${HASH}?w=2&h=2" alt="a" onerror="alert(1)" style="x" srcset="https://evil.example/a.png 1x">`,
  '<img src="/library-images/x.svg?w=2&h=2" alt="a"><img src="/library-images/../x.svg?w=2&h=2" alt="b">',
  "<picture><source srcset=https://evil.example/a.png><img></picture>",
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
      if (attribute.name.toLowerCase() === "src" && !(tag === "img" && ownImage(attribute.value ?? ""))) problems.push(`src=${attribute.value}`);
      if (attribute.name.toLowerCase() === "srcset") {
        for (const candidate of (attribute.value ?? "").split(/,\s+/)) {
          if (!(tag === "img" && /^\S+ [0-9]+w$/.test(candidate) && ownImage(candidate.split(" ")[0]!))) problems.push(`srcset=${candidate}`);
        }
      }
      if (tag === "img" && !(element.getAttribute("alt") && element.getAttribute("width") && element.getAttribute("height"))) problems.push("img without alt or size");
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
    expect(executableParts('<img src="https://evil.example/a.png" alt="a" width="1" height="1"><img src="/media/x">')).toEqual([
      "src=https://evil.example/a.png",
      "src=/media/x",
      "img without alt or size",
    ]);
  });

  it("the checker sees a srcset that loads from elsewhere, also through the optimizer", () => {
    expect(executableParts('<img src="/_next/image?url=https%3A%2F%2Fevil.example%2Fa.png&w=64&q=75" srcset="https://evil.example/a.png 1x" alt="a" width="1" height="1">')).toEqual([
      "src=/_next/image?url=https%3A%2F%2Fevil.example%2Fa.png&w=64&q=75",
      "srcset=https://evil.example/a.png 1x",
    ]);
  });

  it("with resized images on (the patient site), still only our own images and nothing executable", () => {
    fc.assert(
      fc.property(document, (markdown) => {
        expect(executableParts(renderArticleMarkdown(markdown, { responsiveImages: RESPONSIVE }))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it("never outputs a script, event handler, style, foreign element or script/data URL", () => {
    fc.assert(
      fc.property(document, (markdown) => {
        expect(executableParts(renderArticleMarkdown(markdown))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
