import { describe, expect, it } from "vitest";
import { accountLinkExpiry, accountSiteOf, assertResetRequestAllowed, hideAccountLinkTokens, mayEmailAccount } from "./account-links";

describe("account links", () => {
  it("a reset link lives 30 minutes, a verification link a day", () => {
    const now = new Date("2026-11-26T12:00:00Z");
    expect(accountLinkExpiry("password_reset", now).toISOString()).toBe("2026-11-26T12:30:00.000Z");
    expect(accountLinkExpiry("email_verification", now).toISOString()).toBe("2026-11-27T12:00:00.000Z");
  });

  it("sends patients to the patient site and every staff role to the staff admin", () => {
    expect(accountSiteOf("patient")).toBe("patient_site");
    expect((["admin", "provider", "front_desk", "content_editor"] as const).map(accountSiteOf)).toEqual(Array(4).fill("staff_admin"));
  });

  it("lets an account receive three emails of a kind an hour", () => {
    expect([0, 1, 2, 3, 4].map((recent) => mayEmailAccount(recent))).toEqual([true, true, true, false, false]);
  });

  it("refuses the eleventh reset request from one address", () => {
    expect(() => assertResetRequestAllowed(9)).not.toThrow();
    expect(() => assertResetRequestAllowed(10)).toThrow("Too many password reset requests");
  });

  it("hides every link token from staff, leaving the rest of the text", () => {
    const text = "Confirm here:\nhttp://localhost:3000/verify-email?token=abc_DEF-123\nor https://x.example/reset-password?a=1&token=zz9 now";
    expect(hideAccountLinkTokens(text)).toBe(
      "Confirm here:\nhttp://localhost:3000/verify-email?token=[hidden]\nor https://x.example/reset-password?a=1&token=[hidden] now",
    );
  });
});
