import { describe, expect, it } from "vitest";
import { parseDashboardDate, parsePatientSearch, patientSearchHref } from "./search-params";

describe("parsePatientSearch", () => {
  it("treats a missing or blank query as no search yet", () => {
    expect(parsePatientSearch({})).toEqual({ kind: "empty" });
    expect(parsePatientSearch({ query: "   " })).toEqual({ kind: "empty" });
  });

  it("refuses a one-character query with the domain's message", () => {
    expect(parsePatientSearch({ query: "a" })).toEqual({
      kind: "invalid",
      query: "a",
      message: "Type at least 2 characters to search.",
    });
  });

  it("reads the page, falling back to 1 for nonsense", () => {
    expect(parsePatientSearch({ query: "rivera", page: "3" })).toMatchObject({ kind: "search", query: "rivera", page: 3 });
    expect(parsePatientSearch({ query: "rivera", page: "-2" })).toMatchObject({ page: 1 });
    expect(parsePatientSearch({ query: " rivera ", page: ["abc", "2"] })).toMatchObject({ query: "rivera", page: 1 });
  });
});

describe("patientSearchHref", () => {
  it("carries only the page number, never the query, and omits page 1", () => {
    expect(patientSearchHref(1)).toBe("/patients");
    expect(patientSearchHref(2)).toBe("/patients?page=2");
  });
});

describe("parseDashboardDate", () => {
  it("accepts a calendar date and rejects anything else", () => {
    expect(parseDashboardDate("2026-11-25")).toEqual({ date: "2026-11-25", invalid: false });
    expect(parseDashboardDate("2026-02-30")).toEqual({ date: undefined, invalid: true });
    expect(parseDashboardDate(undefined)).toEqual({ date: undefined, invalid: false });
  });
});
