import { describe, expect, it } from "vitest";
import { canSeePatientData, isCurrentPath, navigationFor } from "./staff-navigation";

describe("navigationFor", () => {
  it("shows Patients to providers, and booking for a patient to the front desk", () => {
    expect(navigationFor("provider").map((item) => item.label)).toEqual(["Dashboard", "Patients"]);
    expect(navigationFor("front_desk").map((item) => item.label)).toEqual(["Dashboard", "Patients", "Book a visit"]);
  });

  it("adds the email outbox for administrators only", () => {
    expect(navigationFor("admin").map((item) => item.label)).toEqual(["Dashboard", "Patients", "Book a visit", "Outbox"]);
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
