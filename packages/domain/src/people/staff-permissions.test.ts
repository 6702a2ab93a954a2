import { describe, expect, it } from "vitest";
import { providerScope, rolesThatMay, staffMay } from "./staff-permissions";

describe("staff permissions", () => {
  it("follow the clinic's matrix: front desk books and changes any visit, providers only their own, editors none", () => {
    expect(staffMay("front_desk", "appointments.bookForPatient")).toBe(true);
    expect(staffMay("provider", "appointments.bookForPatient")).toBe(false);
    expect(staffMay("provider", "appointments.changeOwn")).toBe(true);
    expect(staffMay("provider", "appointments.changeAny")).toBe(false);
    expect(staffMay("content_editor", "appointments.viewOwn")).toBe(false);
    expect(staffMay("content_editor", "patients.viewAll")).toBe(false);
    expect(staffMay("front_desk", "schedules.editHours")).toBe(false);
    expect(staffMay("front_desk", "closures.edit")).toBe(true);
    expect(staffMay("provider", "articles.approve")).toBe(true);
    expect(staffMay("content_editor", "articles.approve")).toBe(false);
  });

  it("lists the roles that hold any of several capabilities", () => {
    expect(rolesThatMay("appointments.viewAll", "appointments.viewOwn").sort()).toEqual(["admin", "front_desk", "provider"]);
    expect(rolesThatMay("audit.read")).toEqual(["admin"]);
  });

  it("scopes a provider to their own records and refuses a provider role without a provider record", () => {
    expect(providerScope({ role: "admin", providerId: null }, "patients.viewAll", "patients.viewOwn")).toEqual({ kind: "all" });
    expect(providerScope({ role: "provider", providerId: "p1" }, "patients.viewAll", "patients.viewOwn")).toEqual({ kind: "own", providerId: "p1" });
    expect(providerScope({ role: "provider", providerId: null }, "patients.viewAll", "patients.viewOwn")).toEqual({ kind: "none" });
    expect(providerScope({ role: "content_editor", providerId: null }, "patients.viewAll", "patients.viewOwn")).toEqual({ kind: "none" });
  });
});
