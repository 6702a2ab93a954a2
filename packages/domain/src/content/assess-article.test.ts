import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assessArticle, READABILITY_TARGET_GRADE } from "./assess-article";
import { importPastedText } from "./import-text";

const citation = { title: "Back pain", publisher: "NHS", url: "https://www.nhs.uk/conditions/back-pain/", accessedOn: "2026-11-01" };
const draft = (bodyMarkdown: string, extra: Partial<Parameters<typeof assessArticle>[0]> = {}) =>
  assessArticle({ kind: "condition", summary: "Why the back hurts.", bodyMarkdown, citations: [citation], ...extra });
const codes = (markdown: string, extra = {}) => draft(markdown, extra).warnings.map((warning) => warning.code);

describe("assessArticle readability", () => {
  it("grades short plain sentences low and says they are within the target", () => {
    const { readability } = draft("## Rest\n\nThe cat sat on the mat. The dog ran to the park. We all had fun.");
    expect(readability.words).toBe(17);
    expect(readability.sentences).toBe(4); // the heading reads as its own line
    expect(readability.grade).toBeLessThan(3);
    expect(readability.withinTarget).toBe(true);
    expect(readability.message).toMatch(/^Grade -?\d+\.\d — within the target of 8 or below\.$/);
  });

  it("grades the clinic's imported page above the target and says so plainly", () => {
    const imported = importPastedText(readFileSync(new URL("./fixtures/clinic-upper-back-pain.txt", import.meta.url), "utf8"));
    const { readability } = draft(imported.markdownBody);
    expect(readability.grade).toBeGreaterThan(READABILITY_TARGET_GRADE);
    expect(readability.grade).toBeLessThan(20);
    expect(readability.message).toBe(`Grade ${readability.grade!.toFixed(1)} — aim for 8 or below.`);
  });

  it("reads only the words patients see: no Markdown syntax, link addresses or image alt text", () => {
    const plain = draft("Ice helps. See the guide.").readability;
    const marked = draft("**Ice** helps. See [the guide](https://www.nhs.uk/a-very-long-address-with-many-syllables).\n\n![An illustration of the thoracic spine](/media/x.png?w=1&h=1)").readability;
    expect(marked).toEqual(plain);
  });

  it("has no grade for an empty text", () => {
    expect(draft("").readability).toEqual({ grade: null, words: 0, sentences: 0, withinTarget: true, message: "No text to grade yet." });
  });
});

describe("assessArticle warnings", () => {
  it("finds images without alt text, in Markdown and raw HTML", () => {
    expect(codes("![](/media/a.png)\n\n![Spine](/media/b.png)")).toEqual(["image_without_alt"]);
    expect(draft('Text <img src="/media/a.png"> and ![](/media/b.png).').warnings[0]?.message).toMatch(/^2 images have no alt text/);
    expect(codes('<img src="/media/a.png" alt="Spine">')).toEqual([]);
  });

  it("finds empty sections: a heading followed by one of the same or higher level, or by the end", () => {
    const { warnings } = draft("## Causes\n\n## Treatment\n\n### Exercise\n\nWalk daily.\n\n## Outlook");
    expect(warnings.map((warning) => warning.message)).toEqual([
      "The section “Causes” is empty: write under it or remove the heading.",
      "The section “Outlook” is empty: write under it or remove the heading.",
    ]);
  });

  it("asks conditions and treatments for sources, not clinic pages", () => {
    expect(codes("Text.", { citations: [] })).toEqual(["no_citations"]);
    expect(codes("Text.", { citations: [], kind: "page" })).toEqual([]);
  });

  it("flags a missing or overlong summary", () => {
    expect(codes("Text.", { summary: "  " })).toEqual(["summary_missing"]);
    expect(draft("Text.", { summary: "a".repeat(301) }).warnings[0]?.message).toBe(
      "The summary has 301 characters: keep it to 300 or fewer so lists and search results show all of it.",
    );
    expect(codes("Text.", { summary: "a".repeat(300) })).toEqual([]);
  });
});
