import { describe, expect, it } from "vitest";
import { canSeePatientData, isCurrentPath, navigationFor } from "./staff-navigation";

describe("navigationFor", () => {
  it.each(["front_desk", "provider"] as const)("shows Patients to %s", (role) => {
    expect(navigationFor(role).map((item) => item.label)).toEqual(["Dashboard", "Patients"]);
  });

  it("adds the email outbox, staff accounts and the audit trail for administrators only", () => {
    expect(navigationFor("admin").map((item) => item.label)).toEqual(["Dashboard", "Patients", "Outbox", "Staff accounts", "Audit trail"]);
  });

  it("hides Patients from the content editor", () => {
    expect(navigationFor("content_editor").map((item) => item.label)).toEqual(["Dashboard"]);
    expect(canSeePatientData("content_editor")).toBe(false);
  });

  it("never lets a patient see patient data", () => {
    expect(canSeePatientData("patient")).toBe(false);
  });
});

describe("isCurrentPath", () => {
  it("matches the dashboard only on /", () => {
    expect(isCurrentPath("/", "/")).toBe(true);
    expect(isCurrentPath("/", "/patients")).toBe(false);
  });

  it("matches an area on its subpages", () => {
    expect(isCurrentPath("/patients", "/patients/3f1c")).toBe(true);
    expect(isCurrentPath("/patients", "/patientsx")).toBe(false);
  });
});
