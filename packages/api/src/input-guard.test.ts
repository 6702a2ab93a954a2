import { CONTROL_CHARACTER_MESSAGE } from "@clinic/domain/text/free-text";
import { DATE_RANGE_MESSAGE } from "@clinic/domain/time/date-bounds";
import { describe, expect, it } from "vitest";
import { findInputProblem } from "./input-guard";

describe("findInputProblem", () => {
  it("finds a control character in any text or key, and says where", () => {
    expect(findInputProblem({ reason: "back\u0000pain" })).toEqual({ path: ["reason"], message: CONTROL_CHARACTER_MESSAGE });
    expect(findInputProblem({ list: ["ok", { ["k\u0007"]: 1 }] })).toEqual({ path: ["list", 1, "k\u0007"], message: CONTROL_CHARACTER_MESSAGE });
  });

  it("finds dates at the calendar's edges, in date and date-time strings", () => {
    for (const date of ["0000-01-01", "0099-06-30", "9999-12-31", "9999-12-30T23:00:00Z", "+275760-09-13T00:00:00Z"]) {
      expect(findInputProblem({ from: date })).toEqual({ path: ["from"], message: DATE_RANGE_MESSAGE });
    }
  });

  it("leaves ordinary input alone", () => {
    expect(findInputProblem({ from: "2027-03-14", start: "2027-03-14T09:00:00-05:00", reason: "Since 0001 of my life?\r\n\tNo." })).toBeNull();
    expect(findInputProblem(undefined)).toBeNull();
    expect(findInputProblem([1, true, null])).toBeNull();
  });

  it("refuses nesting deeper than any procedure takes", () => {
    let deep: unknown = "leaf";
    for (let level = 0; level < 40; level++) deep = [deep];
    expect(findInputProblem(deep)?.message).toBe("This request is nested too deeply to be read.");
  });
});
