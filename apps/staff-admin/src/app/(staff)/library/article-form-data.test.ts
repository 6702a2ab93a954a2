import { describe, expect, it } from "vitest";
import { articleFormValues, assessableOf, parseArticleForm, valuesOfDraft } from "./article-form-data";

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

const base: [string, string][] = [
  ["title", "Upper back pain"],
  ["slug", "upper-back-pain"],
  ["kind", "condition"],
  ["summary", "Why it aches."],
  ["bodyMarkdown", "## Causes"],
  ["citationRows", "3"],
];

describe("the editor form", () => {
  it("reads links and citations, skipping blank citation rows", () => {
    const values = articleFormValues(
      form([
        ...base,
        ["relatedServiceIds", "6f1c1f4e-8d1b-4c55-9d43-2a0c8c7e9a11"],
        ["citation-1-title", "Back pain"],
        ["citation-1-publisher", "NHS"],
        ["citation-1-url", "https://www.nhs.uk/conditions/back-pain/"],
        ["citation-1-accessedOn", "2026-11-01"],
      ]),
    );
    const parsed = parseArticleForm(values);
    expect(parsed).toEqual({
      draft: expect.objectContaining({
        relatedServiceIds: ["6f1c1f4e-8d1b-4c55-9d43-2a0c8c7e9a11"],
        citations: [{ title: "Back pain", publisher: "NHS", url: "https://www.nhs.uk/conditions/back-pain/", accessedOn: "2026-11-01" }],
      }),
    });
    if ("draft" in parsed) expect(parseArticleForm(valuesOfDraft(parsed.draft))).toEqual(parsed);
  });

  it("puts a citation's problem beside the box it came from", () => {
    const values = articleFormValues(form([...base, ["citation-2-title", "A source"], ["citation-2-url", "javascript:alert(1)"], ["citation-2-accessedOn", "yesterday"]]));
    expect(parseArticleForm(values)).toEqual({
      fieldErrors: { "citation-2-url": "Give the source's web address, starting with https://.", "citation-2-accessedOn": "Give the date you read the source as YYYY-MM-DD." },
    });
  });

  it("names the field of a bad slug", () => {
    const values = articleFormValues(form(base.map(([name, value]) => [name, name === "slug" ? "Upper Back" : value])));
    expect(parseArticleForm(values)).toEqual({ fieldErrors: { slug: "An article address uses lower-case letters, digits and dashes." } });
  });
});

describe("assessableOf", () => {
  it("grades the form as typed: filled citation rows only, and no kind when the posted one is unknown", () => {
    const values = articleFormValues(form([...base, ["kind", "x"], ["citationRows", "2"], ["citation-1-title", "NHS back pain"]]));
    const assessable = assessableOf({ ...values, kind: "nonsense" });
    expect(assessable).toMatchObject({ kind: undefined, summary: "Why it aches.", bodyMarkdown: "## Causes" });
    expect(assessable.citations).toHaveLength(1);
    expect(assessableOf(articleFormValues(form(base))).kind).toBe("condition");
  });
});
