import { describe, expect, it } from "vitest";
import { acceptInvitationInput, checkInvitationOpen, invitationStatus, staffInvitationInput } from "./staff-invitation";

const at = (iso: string) => new Date(iso);
const open = { expiresAt: at("2026-01-04T00:00:00Z"), acceptedAt: null, revokedAt: null };

describe("staff invitations", () => {
  it("needs a provider profile for role provider, and drops one given for another role", () => {
    const base = { email: "new@example.test", name: "New Person" };
    expect(staffInvitationInput.safeParse({ ...base, role: "provider" }).success).toBe(false);
    const id = "00000000-0000-4000-8000-000000000001";
    expect(staffInvitationInput.parse({ ...base, role: "provider", providerId: id }).providerId).toBe(id);
    expect(staffInvitationInput.parse({ ...base, role: "front_desk", providerId: id }).providerId).toBeUndefined();
    expect(staffInvitationInput.safeParse({ ...base, role: "patient" }).success).toBe(false);
    // A form's empty "None" choice is no provider.
    expect(staffInvitationInput.parse({ ...base, role: "admin", providerId: "" }).providerId).toBeUndefined();
  });

  it("is pending until it expires, is accepted or revoked", () => {
    expect(invitationStatus(open, at("2026-01-03T23:59:59Z"))).toBe("pending");
    expect(invitationStatus(open, at("2026-01-04T00:00:00Z"))).toBe("expired");
    expect(invitationStatus({ ...open, acceptedAt: at("2026-01-02T00:00:00Z") }, at("2026-01-05T00:00:00Z"))).toBe("accepted");
    expect(invitationStatus({ ...open, revokedAt: at("2026-01-02T00:00:00Z") }, at("2026-01-02T00:00:00Z"))).toBe("revoked");
  });

  it("lets an expired invitation be resent, never an accepted or revoked one", () => {
    expect(() => checkInvitationOpen(open, at("2026-02-01T00:00:00Z"))).not.toThrow();
    expect(() => checkInvitationOpen({ ...open, acceptedAt: at("2026-01-02T00:00:00Z") }, at("2026-01-03T00:00:00Z"))).toThrow(/already accepted/);
    expect(() => checkInvitationOpen(null, at("2026-01-03T00:00:00Z"))).toThrow(/not found/);
  });

  it("asks for the same password twice, under the usual policy", () => {
    expect(acceptInvitationInput.safeParse({ password: "long-enough-pass-2026", confirmPassword: "long-enough-pass-2026" }).success).toBe(true);
    expect(acceptInvitationInput.safeParse({ password: "long-enough-pass-2026", confirmPassword: "other" }).success).toBe(false);
    expect(acceptInvitationInput.safeParse({ password: "short", confirmPassword: "short" }).success).toBe(false);
  });
});
