import { describe, expect, it } from "vitest";
import { AUDIT_MAX_RANGE_DAYS, auditFilterInput, daysInRange, neutraliseFormula } from "./audit-filter";

describe("auditFilterInput", () => {
  it("accepts a bounded range with optional who and what", () => {
    expect(auditFilterInput.parse({ from: "2026-11-01", to: "2026-11-26", action: "patient.viewed" })).toEqual({
      from: "2026-11-01",
      to: "2026-11-26",
      action: "patient.viewed",
    });
  });

  it("refuses a reversed or too long range and a malformed action with sentences", () => {
    const reversed = auditFilterInput.safeParse({ from: "2026-11-10", to: "2026-11-01" });
    expect(reversed.error?.issues[0]?.message).toBe("The end date must be on or after the start date.");
    const tooLong = auditFilterInput.safeParse({ from: "2026-01-01", to: "2026-12-31" });
    expect(tooLong.error?.issues[0]?.message).toBe(`Choose at most ${AUDIT_MAX_RANGE_DAYS} days at a time.`);
    const action = auditFilterInput.safeParse({ from: "2026-11-01", to: "2026-11-01", action: "drop table" });
    expect(action.error?.issues[0]?.message).toBe("Choose an action from the list.");
  });

  it("counts days inclusively", () => {
    expect(daysInRange("2026-11-01", "2026-11-01")).toBe(1);
    expect(daysInRange("2026-10-31", "2026-11-02")).toBe(3);
  });
});

describe("neutraliseFormula", () => {
  it.each(["=1+2", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])("prefixes %j with an apostrophe", (cell) => {
    expect(neutraliseFormula(cell)).toBe(`'${cell}`);
  });
  it("leaves ordinary text alone", () => {
    expect(neutraliseFormula("Ada Lovelace")).toBe("Ada Lovelace");
    expect(neutraliseFormula("a=b")).toBe("a=b");
  });
});
