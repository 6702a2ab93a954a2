import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CONTROL_CHARACTER_MESSAGE, freeText, hasControlCharacters } from "./free-text";

describe("freeText", () => {
  it("refuses NUL and other control characters with one sentence", () => {
    for (const text of ["a\u0000b", "\u0007", "x\u001by", "del\u007f"]) {
      expect(freeText().safeParse(text).error?.issues).toEqual([expect.objectContaining({ message: CONTROL_CHARACTER_MESSAGE })]);
    }
  });

  it("keeps tabs, line breaks and any printable text", () => {
    expect(freeText().parse("Lower back pain\r\n\tsince March — 3/10, ça va")).toContain("ça va");
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        expect(freeText().safeParse(text).success).toBe(!hasControlCharacters(text));
      }),
    );
  });
});
