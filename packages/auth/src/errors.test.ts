import { AuthError, CredentialsSignin } from "next-auth";
import { describe, expect, it } from "vitest";
import { describeSignInError, SignInRefused } from "./errors";

describe("describeSignInError", () => {
  it("gives the same answer for an unknown email and a wrong password", () => {
    expect(describeSignInError(new SignInRefused("invalid"), "patient")).toEqual({
      code: "invalid",
      message: "Email or password is incorrect.",
      unexpected: false,
    });
  });

  it("says how long to wait when throttled", () => {
    expect(describeSignInError(new SignInRefused("throttled", 4), "staff").message).toBe(
      "Too many sign-in attempts. Try again in 4 minutes.",
    );
    expect(describeSignInError(new SignInRefused("throttled", 1), "staff").message).toBe(
      "Too many sign-in attempts. Try again in 1 minute.",
    );
  });

  it("points patients to the patient site and staff to the staff site", () => {
    expect(describeSignInError(new SignInRefused("wrong_audience"), "staff").message).toBe(
      "That is a patient account: it signs in on the patient site, not here.",
    );
    expect(describeSignInError(new SignInRefused("wrong_audience"), "patient").message).toMatch(/staff site/);
  });

  it("treats a plain CredentialsSignin as invalid and anything else as unexpected", () => {
    expect(describeSignInError(new CredentialsSignin(), "patient").code).toBe("invalid");
    const broken = describeSignInError(new AuthError("database down"), "patient");
    expect(broken).toMatchObject({ code: "unavailable", unexpected: true });
    expect(broken.message).not.toMatch(/database/);
  });
});
