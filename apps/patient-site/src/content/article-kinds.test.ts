import { describe, expect, it } from "vitest";
import { parseLibraryFilter } from "./article-kinds";

describe("parseLibraryFilter", () => {
  it("accepts the two public filters and ignores anything else from the query string", () => {
    expect(parseLibraryFilter("condition")).toBe("condition");
    expect(parseLibraryFilter("treatment")).toBe("treatment");
    expect(parseLibraryFilter("page")).toBeUndefined();
    expect(parseLibraryFilter(["condition", "treatment"])).toBeUndefined();
    expect(parseLibraryFilter(undefined)).toBeUndefined();
  });
});
