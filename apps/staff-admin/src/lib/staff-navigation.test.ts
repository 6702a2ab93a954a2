import { describe, expect, it } from "vitest";
import { canSeePatientData, isCurrentPath, navigationFor } from "./staff-navigation";

describe("navigationFor", () => {
  it("shows the front desk the day's work: calendar, booking, patients, schedules and settings", () => {
    expect(navigationFor("front_desk").map((item) => item.label)).toEqual([
      "Dashboard",
      "Calendar",
      "Book a visit",
      "Patients",
      "Schedules",
      "Settings",
    ]);
  });

  it("starts a provider at their calendar, without the all-provider dashboard or booking for others", () => {
    expect(navigationFor("provider").map((item) => item.label)).toEqual(["Calendar", "Patients", "Schedules", "Health library", "Settings"]);
  });

  it("adds the email outbox for administrators only", () => {
    expect(navigationFor("admin").map((item) => item.label)).toEqual([
      "Dashboard",
      "Calendar",
      "Book a visit",
      "Patients",
      "Schedules",
      "Health library",
      "Settings",
      "Outbox",
      "Staff accounts",
      "Audit trail",
    ]);
  });

  it("gives the content editor the health library and hides Patients", () => {
    expect(navigationFor("content_editor").map((item) => item.label)).toEqual(["Dashboard", "Health library", "Settings"]);
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
