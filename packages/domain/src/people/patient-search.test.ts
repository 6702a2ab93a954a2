import { describe, expect, it } from "vitest";
import { patientSearchInput } from "./patient-search";

describe("patientSearchInput", () => {
  it("defaults to the first page of 20", () => {
    expect(patientSearchInput.parse({ query: " rivera " })).toEqual({ query: "rivera", page: 1, pageSize: 20 });
  });

  it("asks for at least two characters", () => {
    expect(patientSearchInput.safeParse({ query: " a " }).error?.issues[0]?.message).toBe("Type at least 2 characters to search.");
  });

  it("caps the page size at 50", () => {
    expect(patientSearchInput.safeParse({ query: "ab", pageSize: 500 }).success).toBe(false);
  });
});
