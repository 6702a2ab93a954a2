import { describe, expect, it } from "vitest";
import { patientChangeWindow } from "./change-policy";

describe("patientChangeWindow", () => {
  const start = new Date("2027-03-15T14:00:00Z");
  const policy = { changeCutoffMinutes: 24 * 60 };

  it("allows changes strictly before the cutoff, 24 hours ahead by default", () => {
    const window = patientChangeWindow(start, policy, new Date("2027-03-14T13:59:59Z"));
    expect(window).toEqual({ cutoffAt: new Date("2027-03-14T14:00:00Z"), allowed: true });
  });

  it("refuses from the cutoff on", () => {
    expect(patientChangeWindow(start, policy, new Date("2027-03-14T14:00:00Z")).allowed).toBe(false);
    expect(patientChangeWindow(start, policy, new Date("2027-03-15T15:00:00Z")).allowed).toBe(false);
  });

  it("with no cutoff allows changes until the visit starts", () => {
    expect(patientChangeWindow(start, { changeCutoffMinutes: 0 }, new Date("2027-03-15T13:59:00Z")).allowed).toBe(true);
    expect(patientChangeWindow(start, { changeCutoffMinutes: 0 }, start).allowed).toBe(false);
  });
});
