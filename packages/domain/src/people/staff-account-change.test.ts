import { describe, expect, it } from "vitest";
import { checkStaffAccountChange, staffAccountChangeInput } from "./staff-account-change";

const me = "11111111-1111-4111-8111-111111111111";
const other = "22222222-2222-4222-8222-222222222222";

describe("checkStaffAccountChange", () => {
  it("lets an administrator change another member of staff", () => {
    expect(checkStaffAccountChange(me, { id: other, role: "front_desk" }, { kind: "disable", userId: other })).toBe("front_desk");
    expect(checkStaffAccountChange(me, { id: other, role: "provider" }, { kind: "role", userId: other, role: "admin" })).toBe("provider");
  });

  it("refuses disabling or demoting oneself", () => {
    expect(() => checkStaffAccountChange(me, { id: me, role: "admin" }, { kind: "disable", userId: me })).toThrow(/your own account/);
    expect(() => checkStaffAccountChange(me, { id: me, role: "admin" }, { kind: "role", userId: me, role: "front_desk" })).toThrow(/your own role/);
  });

  it("resets another member's authenticator, never one's own", () => {
    expect(checkStaffAccountChange(me, { id: other, role: "admin" }, { kind: "reset_second_factor", userId: other })).toBe("admin");
    expect(() => checkStaffAccountChange(me, { id: me, role: "admin" }, { kind: "reset_second_factor", userId: me })).toThrow(
      "You cannot reset your own two-step sign-in. Ask another administrator.",
    );
  });

  it("treats patients and unknown ids as not found", () => {
    expect(() => checkStaffAccountChange(me, { id: other, role: "patient" }, { kind: "disable", userId: other })).toThrow("That staff account was not found.");
    expect(() => checkStaffAccountChange(me, null, { kind: "enable", userId: other })).toThrow("That staff account was not found.");
  });

  it("accepts only staff roles", () => {
    expect(staffAccountChangeInput.safeParse({ kind: "role", userId: other, role: "patient" }).error?.issues[0]?.message).toBe("Choose a role from the list.");
  });
});
