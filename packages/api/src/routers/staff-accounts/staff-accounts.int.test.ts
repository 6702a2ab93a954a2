import { createSession, validateSession } from "@clinic/auth/sessions";
import { auditEvents, users } from "@clinic/db/schema";
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

  it("lists staff with their last sign-in, never patients", async () => {
    const list = await accounts().list();
    expect(list.map((a) => a.name)).toEqual(["Ada Admin", "Dana Desk"]);
    expect(list[1]?.lastSignInAt).toBeInstanceOf(Date);
  });
});
