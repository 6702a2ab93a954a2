import { describe, expect, it } from "vitest";
import { APPOINTMENT_STATUSES, type AppointmentStatus } from "./appointment-status";
import { allowedVisitActions, refusalOfStaffChange, refusalOfVisitAction, VISIT_ACTIONS, visitTransition, type VisitAction } from "./visit-transitions";

// The rule written out as a table, independently of the implementation's shape.
const LEGAL: Array<[AppointmentStatus, VisitAction, AppointmentStatus]> = [
  ["booked", "checkIn", "checked_in"],
  ["booked", "markNoShow", "no_show"],
  ["booked", "cancel", "cancelled"],
  ["checked_in", "complete", "completed"],
  ["checked_in", "cancel", "cancelled"],
];

describe("visit transitions", () => {
  it.each(LEGAL)("%s --%s--> %s", (from, action, to) => {
    expect(refusalOfVisitAction(from, action)).toBeNull();
    expect(visitTransition(action).to).toBe(to);
  });

  it("refuses every other pair", () => {
    for (const status of APPOINTMENT_STATUSES) {
      for (const action of VISIT_ACTIONS) {
        const legal = LEGAL.some(([from, a]) => from === status && a === action);
        expect([status, action, refusalOfVisitAction(status, action) === null]).toEqual([status, action, legal]);
      }
    }
  });

  it("refuses a no-show after check-in, saying why", () => {
    const refusal = refusalOfVisitAction("checked_in", "markNoShow");
    expect(refusal?.kind).toBe("conflict");
    expect(refusal?.message).toBe("This visit is checked in, so it cannot be marked as a no-show. The patient checked in, so they came.");
  });

  it("completed, cancelled and no-show are final", () => {
    for (const status of ["completed", "cancelled", "no_show"] as const) expect(allowedVisitActions(status)).toEqual([]);
  });

  it("offers what each live status allows", () => {
    expect(allowedVisitActions("booked")).toEqual(["checkIn", "markNoShow", "cancel"]);
    expect(allowedVisitActions("checked_in")).toEqual(["complete", "cancel"]);
  });
});

describe("refusalOfStaffChange", () => {
  const now = new Date("2027-01-10T12:00:00Z");
  const policy = { changeCutoffMinutes: 24 * 60 };
  const soon = new Date("2027-01-11T09:00:00Z"); // 21 hours ahead: inside the cutoff
  const later = new Date("2027-01-12T09:00:00Z");

  it("lets staff change a booked visit outside the cutoff", () => {
    expect(refusalOfStaffChange({ status: "booked", startsAt: later }, policy, "cancel", now, false)).toBeNull();
    expect(refusalOfStaffChange({ status: "booked", startsAt: later }, policy, "reschedule", now, false)).toBeNull();
  });

  it("inside the cutoff only with the cutoff waived", () => {
    expect(refusalOfStaffChange({ status: "booked", startsAt: soon }, policy, "cancel", now, false)?.message).toBe(
      'This visit is inside its 24-hour change cutoff. Tick "Waive the change cutoff" to cancel it anyway.',
    );
    expect(refusalOfStaffChange({ status: "booked", startsAt: soon }, policy, "cancel", now, true)).toBeNull();
  });

  it("cancels a checked-in visit, never moves it, and never changes a final one", () => {
    expect(refusalOfStaffChange({ status: "checked_in", startsAt: soon }, policy, "cancel", now, false)).toBeNull();
    expect(refusalOfStaffChange({ status: "checked_in", startsAt: later }, policy, "reschedule", now, true)?.kind).toBe("conflict");
    for (const status of ["completed", "cancelled", "no_show"] as const) {
      expect(refusalOfStaffChange({ status, startsAt: later }, policy, "cancel", now, true)?.kind).toBe("conflict");
    }
  });
});
