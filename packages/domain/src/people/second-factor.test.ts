import { describe, expect, it } from "vitest";
import { recoveryCodeInput, secondFactorState, totpCodeInput } from "./second-factor";

describe("secondFactorState", () => {
  it("requires enrolment of every staff role without an authenticator, never of a patient", () => {
    for (const role of ["admin", "provider", "front_desk", "content_editor"] as const) {
      expect(secondFactorState({ role, totpEnabled: false, mfaVerified: false })).toBe("needs_enrolment");
    }
    expect(secondFactorState({ role: "patient", totpEnabled: false, mfaVerified: false })).toBe("complete");
  });

  it("asks anyone with an authenticator for a code until the session proved it", () => {
    expect(secondFactorState({ role: "patient", totpEnabled: true, mfaVerified: false })).toBe("needs_code");
    expect(secondFactorState({ role: "admin", totpEnabled: true, mfaVerified: false })).toBe("needs_code");
    expect(secondFactorState({ role: "admin", totpEnabled: true, mfaVerified: true })).toBe("complete");
  });
});

describe("code inputs", () => {
  it("accepts codes as apps show them and refuses anything else", () => {
    expect(totpCodeInput.parse(" 123 456 ")).toBe("123456");
    expect(totpCodeInput.safeParse("12345").success).toBe(false);
    expect(totpCodeInput.safeParse("12345a").success).toBe(false);
    expect(recoveryCodeInput.parse("ABCDE-FGH23")).toBe("abcdefgh23");
    expect(recoveryCodeInput.safeParse("abcde-fgh1").success).toBe(false);
  });
});
