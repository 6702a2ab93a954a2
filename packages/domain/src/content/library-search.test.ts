import { describe, expect, it } from "vitest";
import { HIGHLIGHT_END, HIGHLIGHT_START, librarySearchQuery, snippetSegments } from "./library-search";

const mark = (word: string) => `${HIGHLIGHT_START}${word}${HIGHLIGHT_END}`;

describe("snippetSegments", () => {
  it("splits a snippet into plain and highlighted runs", () => {
    expect(snippetSegments(`Upper ${mark("back")} ${mark("pain")} is common`)).toEqual([
      { text: "Upper ", highlighted: false },
      { text: "back", highlighted: true },
      { text: " ", highlighted: false },
      { text: "pain", highlighted: true },
      { text: " is common", highlighted: false },
    ]);
  });

  it("keeps markup as text and drops Markdown punctuation and link targets", () => {
    expect(snippetSegments(`## Causes\n\n**Poor ${mark("posture")}** and [a desk](https://example.org) <script>x</script>`)).toEqual([
      { text: " Causes Poor ", highlighted: false },
      { text: "posture", highlighted: true },
      { text: " and a desk <script>x</script>", highlighted: false },
    ]);
  });
});

describe("librarySearchQuery", () => {
  it("trims and bounds what may be searched", () => {
    expect(librarySearchQuery.parse("  sciatica ")).toBe("sciatica");
    expect(librarySearchQuery.safeParse("   ").success).toBe(false);
    expect(librarySearchQuery.safeParse("a".repeat(201)).success).toBe(false);
    expect(librarySearchQuery.safeParse("back\u0000pain").success).toBe(false);
  });
});
