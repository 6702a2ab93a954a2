import { describe, expect, it } from "vitest";
import { phoneDigitsOfSearch } from "./patient-search-terms";

describe("phoneDigitsOfSearch", () => {
  it("drops separators a person types", () => {
    expect(phoneDigitsOfSearch("(512) 555-01")).toBe("51255501");
    expect(phoneDigitsOfSearch("+1 512.555.0142")).toBe("15125550142");
  });

  it("ignores searches that are words or hold only a couple of digits", () => {
    expect(phoneDigitsOfSearch("Rivera")).toBeNull();
    expect(phoneDigitsOfSearch("alex 12")).toBeNull();
  });
});
