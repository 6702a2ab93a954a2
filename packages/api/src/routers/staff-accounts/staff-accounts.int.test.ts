import { createSession, validateSession } from "@clinic/auth/sessions";
import { acceptInvitation } from "@clinic/auth/accept-invitation";
import { hashInvitationToken } from "@clinic/auth/invitation-token";
import { markSessionMfaVerified } from "@clinic/db/queries/mfa";
import { auditEvents, emailOutbox, mfaRecoveryCodes, staffInvitations, users, userTotp } from "@clinic/db/schema";
import { createTestDatabase, type TestDatabase } from "@clinic/db/testing";
import type { SessionUser } from "@clinic/domain/people/session-user";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { callerFor, createStaff } from "../../testing/fixtures";

let testDb: TestDatabase;
let admin: SessionUser;
let desk: SessionUser;

beforeAll(async () => {
  // Session lifetimes come from the auth settings, which need a secret.
  vi.stubEnv("AUTH_SECRET", "test-secret-for-vitest-only-0123456789abcdef");
  testDb = await createTestDatabase();
  admin = await createStaff(testDb.db, "admin", { name: "Ada Admin" });
  desk = await createStaff(testDb.db, "front_desk", { name: "Dana Desk" });
  // Staff sessions count only once the second factor is proven: Dana has an authenticator.
  await testDb.db.insert(userTotp).values({ userId: desk.id, secret: "JBSWY3DPEHPK3PXP", enabledAt: new Date() });
});
afterAll(() => testDb.drop());

const accounts = (requestId?: string) => callerFor(testDb.db, admin, { requestId }).staff.staffAccounts;
const auditOf = (requestId: string) => testDb.db.select().from(auditEvents).where(eq(auditEvents.requestId, requestId));

describe("staffAccounts", () => {
  it("disabling ends every open session at once, and re-enabling lets the person sign in again", async () => {
    // Sessions opened a minute from now are newer than the fixture's password_changed_at.
    const soon = new Date(Date.now() + 60_000);
    const sessions = [
      await createSession(testDb.db, { userId: desk.id, role: "front_desk", ip: null, userAgent: "a" }, soon),
      await createSession(testDb.db, { userId: desk.id, role: "front_desk", ip: null, userAgent: "b" }, soon),
    ];
    for (const session of sessions) await markSessionMfaVerified(testDb.db, session.id, soon);
    expect(await validateSession(testDb.db, sessions[0]!.id, soon)).toMatchObject({ id: desk.id });

    expect(await accounts("req-disable").change({ kind: "disable", userId: desk.id })).toEqual({ sessionsEnded: 2 });
    for (const session of sessions) expect(await validateSession(testDb.db, session.id, soon)).toBeNull();
    expect((await accounts().list()).find((a) => a.id === desk.id)?.disabledAt).toBeInstanceOf(Date);
    expect(await auditOf("req-disable")).toEqual([
      expect.objectContaining({ action: "staff.disabled", actorUserId: admin.id, metadata: { targetUserId: desk.id, sessionsEnded: 2 } }),
    ]);

    await accounts("req-enable").change({ kind: "enable", userId: desk.id });
    expect((await accounts().list()).find((a) => a.id === desk.id)?.disabledAt).toBeNull();
    expect(await auditOf("req-enable")).toEqual([expect.objectContaining({ action: "staff.enabled" })]);
  });

  it("changes a role and records from and to", async () => {
    await accounts("req-role").change({ kind: "role", userId: desk.id, role: "provider" });
    const [row] = await testDb.db.select({ role: users.role }).from(users).where(eq(users.id, desk.id));
    expect(row?.role).toBe("provider");
    expect(await auditOf("req-role")).toEqual([
      expect.objectContaining({ action: "staff.role_changed", metadata: { targetUserId: desk.id, fromRole: "front_desk", toRole: "provider", sessionsEnded: 0 } }),
    ]);
  });

  it("refuses disabling oneself, and patients' or unknown accounts", async () => {
    await expect(accounts().change({ kind: "disable", userId: admin.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(accounts().change({ kind: "disable", userId: "00000000-0000-4000-8000-000000000000" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const [me] = await testDb.db.select({ disabledAt: users.disabledAt }).from(users).where(eq(users.id, admin.id));
    expect(me?.disabledAt).toBeNull();
  });

  it("lists staff with their last sign-in (second factor passed) and whether the authenticator is set up, never patients", async () => {
    const list = await accounts().list();
    expect(list.map((a) => a.name)).toEqual(["Ada Admin", "Dana Desk"]);
    expect(list[1]?.lastSignInAt).toBeInstanceOf(Date);
    expect(list[1]?.mfaEnabledAt).toBeInstanceOf(Date);
    expect(list[0]).toMatchObject({ lastSignInAt: null, mfaEnabledAt: null });
  });

  it("resets another member's lost authenticator: TOTP and recovery codes go, every session ends, audited; never one's own", async () => {
    const lost = await createStaff(testDb.db, "provider", { name: "Lou Lost" });
    await testDb.db.insert(userTotp).values({ userId: lost.id, secret: "JBSWY3DPEHPK3PXP", enabledAt: new Date() });
    await testDb.db.insert(mfaRecoveryCodes).values({ userId: lost.id, codeHash: "a".repeat(64) });
    const soon = new Date(Date.now() + 60_000);
    const session = await createSession(testDb.db, { userId: lost.id, role: "provider", ip: null, userAgent: "a" }, soon);
    await markSessionMfaVerified(testDb.db, session.id, soon);

    expect(await accounts("req-mfa-reset").change({ kind: "reset_second_factor", userId: lost.id })).toEqual({ sessionsEnded: 1 });
    expect(await validateSession(testDb.db, session.id, soon)).toBeNull();
    expect(await testDb.db.select().from(userTotp).where(eq(userTotp.userId, lost.id))).toEqual([]);
    expect(await testDb.db.select().from(mfaRecoveryCodes).where(eq(mfaRecoveryCodes.userId, lost.id))).toEqual([]);
    expect((await accounts().list()).find((a) => a.id === lost.id)?.mfaEnabledAt).toBeNull();
    expect(await auditOf("req-mfa-reset")).toEqual([
      expect.objectContaining({ action: "staff.second_factor_reset", actorUserId: admin.id, metadata: { targetUserId: lost.id, sessionsEnded: 1 } }),
    ]);

    await expect(accounts().change({ kind: "reset_second_factor", userId: admin.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("staff invitations", () => {
  const tokenFromOutbox = async (toAddress: string) => {
    const rows = await testDb.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, toAddress));
    const last = rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()).at(-1);
    const token = /\/invitation\/([A-Za-z0-9_-]{43})/.exec(last?.textBody ?? "")?.[1];
    if (!token) throw new Error("no invitation link in the outbox");
    return { token, count: rows.length };
  };

  it("emails a single-use link, stores only its hash, and audits; the invitee's account is made once", async () => {
    const email = "new.desk@example.test";
    const { invitationId } = await accounts("req-invite").invite({ email, name: "Noor Desk", role: "front_desk" });
    const { token } = await tokenFromOutbox(email);
    const [row] = await testDb.db.select().from(staffInvitations).where(eq(staffInvitations.id, invitationId));
    expect(row?.tokenHash).toBe(hashInvitationToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row!.expiresAt.getTime() - row!.createdAt.getTime()).toBeCloseTo(72 * 3600_000, -4);
    expect(await auditOf("req-invite")).toEqual([expect.objectContaining({ action: "staff.invited", actorUserId: admin.id, metadata: { invitationId, role: "front_desk", providerId: null } })]);
    expect((await accounts().invitations()).invitations.map((i) => i.id)).toContain(invitationId);

    // A second invitation to the same address is refused while this one is open.
    await expect(accounts().invite({ email: "NEW.desk@example.test", name: "Noor Again", role: "admin" })).rejects.toMatchObject({ code: "CONFLICT" });

    expect(await acceptInvitation(testDb.db, { token, password: "a-long-new-password-2026", ip: null })).toEqual({ ok: true, email });
    expect(await acceptInvitation(testDb.db, { token, password: "a-long-new-password-2026", ip: null })).toEqual({ ok: false, reason: "unusable" });
    const [account] = await testDb.db.select().from(users).where(eq(users.email, email));
    expect(account).toMatchObject({ role: "front_desk", name: "Noor Desk" });
    const accepted = await testDb.db.select().from(auditEvents).where(eq(auditEvents.action, "staff.invitation_accepted"));
    expect(accepted).toEqual([expect.objectContaining({ actorUserId: account!.id, metadata: expect.objectContaining({ invitationId, invitedBy: admin.id }) })]);
    expect((await accounts().invitations()).invitations.map((i) => i.id)).not.toContain(invitationId);
    await expect(accounts().invite({ email, name: "Noor Desk", role: "front_desk" })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("resending replaces the link (the old one stops working); revoking ends it", async () => {
    const email = "resent@example.test";
    const { invitationId } = await accounts().invite({ email, name: "Rea Sent", role: "content_editor" });
    const first = await tokenFromOutbox(email);
    await accounts("req-resend").resendInvitation({ invitationId });
    const second = await tokenFromOutbox(email);
    expect(second.count).toBe(2);
    expect(second.token).not.toBe(first.token);
    expect(await auditOf("req-resend")).toEqual([expect.objectContaining({ action: "staff.invitation_resent", metadata: { invitationId } })]);
    expect(await acceptInvitation(testDb.db, { token: first.token, password: "a-long-new-password-2026", ip: null })).toMatchObject({ ok: false });

    await accounts("req-revoke").revokeInvitation({ invitationId });
    expect(await auditOf("req-revoke")).toEqual([expect.objectContaining({ action: "staff.invitation_revoked" })]);
    expect(await acceptInvitation(testDb.db, { token: second.token, password: "a-long-new-password-2026", ip: null })).toMatchObject({ ok: false });
    await expect(accounts().revokeInvitation({ invitationId })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(accounts().resendInvitation({ invitationId })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("refuses a link older than 72 hours, and a provider invitation links the provider profile", async () => {
    const email = "late@example.test";
    await accounts().invite({ email, name: "Lee Late", role: "front_desk" });
    const { token } = await tokenFromOutbox(email);
    const later = new Date(Date.now() + 72 * 3600_000 + 1000);
    expect(await acceptInvitation(testDb.db, { token, password: "a-long-new-password-2026", ip: null }, later)).toEqual({ ok: false, reason: "unusable" });

    const { unlinkedProviders } = await accounts().invitations();
    expect(unlinkedProviders).toEqual([]);
    await expect(accounts().invite({ email: "doc@example.test", name: "Doc Tor", role: "provider" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
