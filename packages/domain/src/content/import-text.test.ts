import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { articleDraftSchema } from "./article-draft";
import { draftFromImport, IMPORT_TEXT_MAX_CHARS, importedSlugCandidates, importPastedText, importTextInput, NothingToImport } from "./import-text";

const seed = readFileSync(new URL("./fixtures/clinic-upper-back-pain.txt", import.meta.url), "utf8");

describe("importPastedText with the clinic's own upper back pain page", () => {
  const imported = importPastedText(seed);
  const headings = imported.markdownBody.split("\n").filter((line) => line.startsWith("#"));

  it("takes the first line as the title and the opening sentences as the summary", () => {
    expect(imported.title).toBe("What is Upper Back Pain");
    expect(imported.summary).toBe(
      "Because the upper back/thoracic spine area of the spinal column has a great deal of stability and limited movement, upper back pain is far less common. When it does occur, it can cause significant discomfort.",
    );
  });

  it("turns the page's section titles into ## headings, and nothing else", () => {
    expect(headings).toEqual(["## Anatomy of the Upper Back", "## Causes of Upper Back Pain", "## Treatment for Upper Back Pain"]);
  });

  it("keeps each pasted paragraph a paragraph (one per line in the copy), and drops calls to action", () => {
    expect(imported.markdownBody).toContain("acetaminophen. The drawbacks of drug use");
    expect(imported.markdownBody).toContain("prolonged and regular intake.\n\nIf these prove ineffective");
    expect(imported.markdownBody).not.toMatch(/Click here|Make an Appoinment|Get Started/);
  });

  it("removes caption text glued to paragraphs by the copy", () => {
    expect(imported.markdownBody).toContain("\n\nAlthough upper back pain is not a very common spinal disorder");
    expect(imported.markdownBody).toContain("\n\nThe word \"thoracic\" means pertaining to the chest");
    expect(imported.markdownBody).toContain("\n\nDiscectomy, or percutaneous disc decompression");
    expect(imported.markdownBody).not.toMatch(/Screenshot|SPINE|disctomy/);
  });

  it("passes the article draft's own limits", () => {
    expect(imported.summary.length).toBeLessThanOrEqual(300);
    expect(imported.markdownBody.length).toBeLessThan(IMPORT_TEXT_MAX_CHARS);
  });
});

describe("importPastedText rules", () => {
  it("detects bullet lists (•, -, *) and numbered lists, each item on its own line", () => {
    const text = "Neck stiffness\n\nCommon causes include:\n• Poor posture\n- A long drive\n* Sleeping awkwardly\n\nWhat to do\n\n1. Keep moving\n2) Use heat\n3. See us if it lasts a week";
    const { title, markdownBody } = importPastedText(text);
    expect(title).toBe("Neck stiffness");
    expect(markdownBody).toBe("Common causes include:\n\n- Poor posture\n- A long drive\n- Sleeping awkwardly\n\n## What to do\n\n1. Keep moving\n2. Use heat\n3. See us if it lasts a week");
  });

  it("joins lines broken mid-sentence into one paragraph", () => {
    const { markdownBody } = importPastedText("Title\n\nThe thoracic spine has twelve\nvertebrae with ribs attached.\nIt is stable.");
    expect(markdownBody).toBe("The thoracic spine has twelve vertebrae with ribs attached.\n\nIt is stable.");
  });

  it("drops ©, phone-only and booking lines, and a heading left with nothing under it", () => {
    const text = "Sciatica\n\nPain down the leg.\n\nBook now\n\nContact\n\n(555) 010-2000\n\n© 2024 Example Clinic. All rights reserved.";
    expect(importPastedText(text)).toEqual({ title: "Sciatica", summary: "Pain down the leg.", markdownBody: "Pain down the leg." });
  });

  it("keeps plain text plain: a pasted # or > does not become Markdown structure", () => {
    const { markdownBody } = importPastedText("Title\n\n# of visits matters.\n\n> not a quote.");
    expect(markdownBody).toBe("\\# of visits matters.\n\n\\> not a quote.");
  });
});

describe("importTextInput", () => {
  it("refuses empty and over-long text with one sentence", () => {
    expect(importTextInput.safeParse({ text: "  ", kind: "condition" }).error?.issues[0]?.message).toBe("Paste the text of the page to import.");
    const tooLong = importTextInput.safeParse({ text: "a".repeat(IMPORT_TEXT_MAX_CHARS + 1), kind: "condition" });
    expect(tooLong.error?.issues[0]?.message).toMatch(/longer than 100,000 characters/);
  });
});

describe("importedSlugCandidates", () => {
  it("proposes the title's own slug first, then a unique one", () => {
    expect(importedSlugCandidates("What is Upper Back Pain", "k3x9")).toEqual(["what-is-upper-back-pain", "what-is-upper-back-pain-k3x9"]);
    expect(importedSlugCandidates("", "k3x9")[0]).toBe("imported-article-k3x9");
  });
});

describe("draftFromImport", () => {
  it("makes a draft the article schema accepts, and refuses text with nothing to import", () => {
    const draft = draftFromImport({ text: seed, kind: "condition" }, "what-is-upper-back-pain");
    expect(articleDraftSchema.safeParse(draft).success).toBe(true);
    expect(draft).toMatchObject({ title: "What is Upper Back Pain", kind: "condition", citations: [] });
    expect(() => draftFromImport({ text: "Book now\n\n© 2024 Clinic", kind: "page" }, "x")).toThrow(NothingToImport);
    expect(draftFromImport({ text: "Opening hours\n\n- Monday 8–6", kind: "page" }, "x").summary).toBe("Opening hours");
  });
});
