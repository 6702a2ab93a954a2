import { describe, expect, it } from "vitest";
import { changeFromForm, decisionsFromForm } from "./schedule-change-form";

const form = (entries: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(entries)) data.append(name, value);
  return data;
};

describe("changeFromForm", () => {
  it("reads a new closure without an id, a changed one with its id, and a removal by id alone", () => {
    const fields = { locationId: "l", date: "2027-11-25", start: "", end: "", reason: "Thanksgiving" };
    expect(changeFromForm(form({ changeKind: "closure", ...fields })).change).toEqual({
      kind: "closure",
      locationId: "l",
      closure: { date: "2027-11-25", start: "", end: "", reason: "Thanksgiving" },
    });
    expect(changeFromForm(form({ changeKind: "closure", closureId: "c1", ...fields, start: "12:00", end: "17:00" })).change).toEqual({
      kind: "closure",
      locationId: "l",
      closureId: "c1",
      closure: { date: "2027-11-25", start: "12:00", end: "17:00", reason: "Thanksgiving" },
    });
    expect(changeFromForm(form({ changeKind: "closure_removal", closureId: "c1", reason: "ignored" })).change).toEqual({ kind: "closure_removal", closureId: "c1" });
  });

  it("reads a split-shift week, skipping empty intervals, with the rota's dates on every interval", () => {
    const { change } = changeFromForm(
      form({ changeKind: "weekly_hours", providerId: "p", locationId: "l", effectiveFrom: "2027-01-04", effectiveTo: "", "start-1-1": "08:00", "end-1-1": "12:00", "start-1-2": "13:00", "end-1-2": "17:00" }),
    );
    expect(change).toEqual({
      kind: "weekly_hours",
      providerId: "p",
      locationId: "l",
      weeklyHours: [
        { weekday: 1, start: "08:00", end: "12:00", effectiveFrom: "2027-01-04", effectiveTo: null },
        { weekday: 1, start: "13:00", end: "17:00", effectiveFrom: "2027-01-04", effectiveTo: null },
      ],
    });
  });

  it("reads time off at every location as a null location", () => {
    const { change } = changeFromForm(form({ changeKind: "exception", providerId: "p", locationId: "", exceptionKind: "time_off", date: "2027-01-06" }));
    expect(change).toMatchObject({ locationId: null, exception: { kind: "time_off", date: "2027-01-06", start: "", end: "" } });
  });
});

describe("decisionsFromForm", () => {
  it("takes keep or cancel per visit and ignores anything else", () => {
    expect(decisionsFromForm(form({ "visit-a": "keep", "visit-b": "cancel", "visit-c": "drop", other: "keep" }))).toEqual([
      { appointmentId: "a", action: "keep" },
      { appointmentId: "b", action: "cancel" },
    ]);
  });
});
