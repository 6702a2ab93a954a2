import { describe, expect, it } from "vitest";
import { visitLanes } from "./visit-lanes";

describe("visitLanes", () => {
  it("puts overlapping blocks side by side and lone blocks full width", () => {
    const lanes = visitLanes([
      { id: "a", startMinute: 540, endMinute: 600 },
      { id: "b", startMinute: 570, endMinute: 630 },
      { id: "c", startMinute: 600, endMinute: 660 },
      { id: "d", startMinute: 700, endMinute: 730 },
    ]);
    expect(lanes.map((block) => [block.id, block.lane, block.lanes])).toEqual([
      ["a", 0, 2],
      ["b", 1, 2],
      ["c", 0, 2],
      ["d", 0, 1],
    ]);
  });
});
