import { describe, expect, it } from "vitest";
import { revisionDiff } from "./revision-diff";

const base = {
  title: "Upper back pain",
  slug: "upper-back-pain",
  kind: "condition",
  summary: "Why the upper back aches.",
  bodyMarkdown: "## Causes\n\nPosture.\n\n## Treatment\n\nRest.\n",
  citations: [],
  relatedServiceIds: ["s1"],
  relatedArticleIds: [],
};
const names = { services: new Map([["s1", "Consultation"], ["s2", "Massage"]]), articles: new Map<string, string>() };

describe("revisionDiff", () => {
  it("marks added and removed body lines and leaves unchanged fields unchanged", () => {
    const diff = revisionDiff(base, { ...base, bodyMarkdown: "## Causes\n\nPosture and desk work.\n\n## Treatment\n\nRest.\n", relatedServiceIds: ["s1", "s2"] }, names);
    const body = diff.find((field) => field.field === "bodyMarkdown")!;
    expect(body.changed).toBe(true);
    expect(body.parts.filter((part) => part.change === "removed").map((part) => part.text)).toEqual(["Posture.\n"]);
    expect(body.parts.filter((part) => part.change === "added").map((part) => part.text)).toEqual(["Posture and desk work.\n"]);
    expect(diff.find((field) => field.field === "title")!.changed).toBe(false);
    expect(diff.find((field) => field.field === "relatedServiceIds")!.parts.filter((part) => part.change === "added").map((part) => part.text)).toEqual(["Massage\n"]);
  });

  it("diffs short fields word by word", () => {
    const title = revisionDiff(base, { ...base, title: "Upper and middle back pain" }, names).find((field) => field.field === "title")!;
    expect(title.parts.filter((part) => part.change !== "same").map((part) => [part.change, part.text.trim()])).toEqual([["added", "and middle"]]);
  });
});
