import { auditEvents, users } from "@clinic/db/schema";
import { createTestDatabase, type TestDatabase } from "@clinic/db/testing";
import { desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SignInRequest } from "./authorize";
import { authorizeAndAudit, recordSignOut } from "./sign-in-audit";
import { insertTestUser, TEST_PASSWORD } from "./testing/users";

let testDb: TestDatabase;
let desk: { userId: string };

beforeAll(async () => {
  testDb = await createTestDatabase();
  desk = await insertTestUser(testDb.db, { email: "desk.audit@example.com", role: "front_desk", name: "Tom" });
});
afterAll(() => testDb?.drop());

let ipCounter = 0;
const request = (email: string, password: string): SignInRequest => ({
  audience: "staff",
  credentials: { email, password },
  ip: `198.51.100.${++ipCounter}`,
  userAgent: "vitest",
});

async function lastEvent() {
  const [row] = await testDb.db.select().from(auditEvents).orderBy(desc(auditEvents.occurredAt), desc(auditEvents.createdAt)).limit(1);
  return row;
}

describe("authorizeAndAudit", () => {
  it("records a successful sign-in and the sign-out that ends it", async () => {
    const user = await authorizeAndAudit(testDb.db, request("desk.audit@example.com", TEST_PASSWORD));
    expect(await lastEvent()).toMatchObject({ action: "auth.signed_in", actorUserId: desk.userId, actorRole: "front_desk", metadata: { audience: "staff" } });
    await recordSignOut(testDb.db, user.sessionId);
    expect(await lastEvent()).toMatchObject({ action: "auth.signed_out", actorUserId: desk.userId });
  });

  it("records a wrong password against the account, and an unknown email without naming it", async () => {
    await expect(authorizeAndAudit(testDb.db, request("desk.audit@example.com", "wrong password here"))).rejects.toMatchObject({ code: "invalid" });
    expect(await lastEvent()).toMatchObject({
      action: "auth.sign_in_failed",
      actorUserId: desk.userId,
      metadata: { audience: "staff", reason: "invalid", knownAccount: true },
    });
    await expect(authorizeAndAudit(testDb.db, request("nobody@example.com", "wrong password here"))).rejects.toMatchObject({ code: "invalid" });
    const unknown = await lastEvent();
    expect(unknown).toMatchObject({ action: "auth.sign_in_failed", actorUserId: null, metadata: { reason: "invalid", knownAccount: false } });
    expect(JSON.stringify(unknown)).not.toContain("nobody@example.com");
  });

  it("records a lock-out once the throttle refuses", async () => {
    const email = "locked.audit@example.com";
    const locked = await insertTestUser(testDb.db, { email, role: "provider" });
    let code: unknown;
    for (let attempt = 0; attempt < 30 && code !== "throttled"; attempt++) {
      code = await authorizeAndAudit(testDb.db, request(email, "wrong password here")).catch((error: { code: unknown }) => error.code);
    }
    expect(code).toBe("throttled");
    expect(await lastEvent()).toMatchObject({ action: "auth.locked_out", actorUserId: locked.userId, metadata: { reason: "throttled" } });
  });

  it("records a disabled account's refused sign-in", async () => {
    await testDb.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, desk.userId));
    await expect(authorizeAndAudit(testDb.db, request("desk.audit@example.com", TEST_PASSWORD))).rejects.toMatchObject({ code: "disabled" });
    expect(await lastEvent()).toMatchObject({ action: "auth.sign_in_failed", actorUserId: desk.userId, metadata: { reason: "disabled" } });
  });
});
