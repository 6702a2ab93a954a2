import { describe, expect, it } from "vitest";
import { auditHref, parseAuditParams } from "./audit-params";

const now = new Date("2026-11-26T15:00:00Z");

describe("parseAuditParams", () => {
  it("defaults to the last seven clinic days", () => {
    expect(parseAuditParams({}, now)).toEqual({ kind: "filter", filter: { from: "2026-11-20", to: "2026-11-26" }, page: 1 });
  });

  it("keeps a valid filter and page", () => {
    const patient = "3f1c2b1a-5d4e-4f3a-9b2c-1d2e3f4a5b6c";
    expect(parseAuditParams({ patient, action: "patient.viewed", from: "2026-11-01", to: "2026-11-02", page: "3" }, now)).toEqual({
      kind: "filter",
      filter: { patientId: patient, action: "patient.viewed", from: "2026-11-01", to: "2026-11-02" },
      page: 3,
    });
  });

  it("reports field errors instead of failing", () => {
    const result = parseAuditParams({ actor: "nobody", from: "2026-01-01", to: "2026-11-26" }, now);
    expect(result).toMatchObject({ kind: "invalid", errors: { actorUserId: "Choose a member of staff from the list." } });
  });
});

it("refuses an action the trail does not know", () => {
  expect(parseAuditParams({ action: "patient.deleted" }, now)).toMatchObject({ kind: "invalid", errors: { action: "Choose an action from the list." } });
});

describe("auditHref", () => {
  it("carries only the set parts", () => {
    expect(auditHref({ from: "2026-11-01", to: "2026-11-02" }, 2)).toBe("/audit?from=2026-11-01&to=2026-11-02&page=2");
    expect(auditHref({})).toBe("/audit");
  });
});
