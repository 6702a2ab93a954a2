import { authSessions, users, userTotp } from "@clinic/db/schema";
import { createTestDatabase, type TestDatabase } from "@clinic/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSession, revokeAllSessionsForUser, revokeSession, validateSession } from "./sessions";
import { insertTestUser } from "./testing/users";

const MINUTE = 60_000;
// Users are created with password_changed_at = now() (real clock); sessions start later on a fixed clock.
const T0 = new Date(Date.now() + 60 * MINUTE);
const at = (minutes: number) => new Date(T0.getTime() + minutes * MINUTE);

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(async () => {
  await testDb?.drop();
});

let counter = 0;
async function signedIn(role: "patient" | "front_desk", startedAt: Date = T0) {
  const user = await insertTestUser(testDb.db, { email: `session-${role}-${++counter}@example.com`, role });
  const session = await createSession(
    testDb.db,
    { userId: user.userId, role, ip: "203.0.113.7", userAgent: "vitest" },
    startedAt,
  );
  if (role !== "patient") {
    // Staff sessions are honoured once the second factor is proven (second-factor.int.test.ts covers that).
    await testDb.db.insert(userTotp).values({ userId: user.userId, secret: "JBSWY3DPEHPK3PXP", enabledAt: startedAt });
    await testDb.db.update(authSessions).set({ mfaVerifiedAt: startedAt }).where(eq(authSessions.id, session.id));
  }
  return { ...user, sessionId: session.id, expiresAt: session.expiresAt };
}

async function lastSeenAt(sessionId: string): Promise<Date | undefined> {
  const [row] = await testDb.db
    .select({ lastSeenAt: authSessions.lastSeenAt })
    .from(authSessions)
    .where(eq(authSessions.id, sessionId));
  return row?.lastSeenAt;
}

describe("validateSession", () => {
  it("returns the patient with their patient id while the session is fresh", async () => {
    const s = await signedIn("patient");
    const user = await validateSession(testDb.db, s.sessionId, at(1));
    expect(user).toEqual({
      id: s.userId,
      role: "patient",
      name: "Test Person",
      email: expect.stringMatching(/^session-patient-\d+@example\.com$/),
      patientId: s.patientId,
      sessionId: s.sessionId,
    });
    expect(s.patientId).toEqual(expect.any(String));
  });

  it("gives staff no patient id, and sets absolute lifetimes of 12 hours (staff) and 30 days (patients)", async () => {
    const staff = await signedIn("front_desk");
    expect((await validateSession(testDb.db, staff.sessionId, at(1)))?.patientId).toBeNull();
    expect(staff.expiresAt).toEqual(at(12 * 60));
    const patient = await signedIn("patient");
    expect(patient.expiresAt).toEqual(at(30 * 24 * 60));
  });

  it("records activity at most once a minute", async () => {
    const s = await signedIn("patient");
    await validateSession(testDb.db, s.sessionId, new Date(T0.getTime() + 30_000));
    expect(await lastSeenAt(s.sessionId)).toEqual(T0);
    await validateSession(testDb.db, s.sessionId, at(2));
    expect(await lastSeenAt(s.sessionId)).toEqual(at(2));
  });

  it("ends a patient session after 60 idle minutes and a staff session after 30", async () => {
    const patient = await signedIn("patient");
    expect(await validateSession(testDb.db, patient.sessionId, at(59))).not.toBeNull();
    expect(await validateSession(testDb.db, patient.sessionId, at(59 + 61))).toBeNull();

    const staff = await signedIn("front_desk");
    expect(await validateSession(testDb.db, staff.sessionId, at(29))).not.toBeNull();
    expect(await validateSession(testDb.db, staff.sessionId, at(29 + 31))).toBeNull();
  });

  it("keeps an active staff session alive only until its absolute expiry", async () => {
    const staff = await signedIn("front_desk");
    // Busy all shift: a request every 20 minutes keeps the idle timer from firing...
    for (let minute = 20; minute < 12 * 60; minute += 20) {
      expect(await validateSession(testDb.db, staff.sessionId, at(minute))).not.toBeNull();
    }
    // ...but 12 hours after sign-in it ends anyway.
    expect(await validateSession(testDb.db, staff.sessionId, at(12 * 60))).toBeNull();
  });

  it("refuses a revoked session, and revoking everything ends all of a user's sessions", async () => {
    const s = await signedIn("patient");
    await revokeSession(testDb.db, s.sessionId, at(1));
    expect(await validateSession(testDb.db, s.sessionId, at(2))).toBeNull();

    const other = await signedIn("front_desk");
    const second = await createSession(
      testDb.db,
      { userId: other.userId, role: "front_desk", ip: null, userAgent: null },
      at(1),
    );
    expect(await revokeAllSessionsForUser(testDb.db, other.userId, at(2))).toBe(2);
    expect(await validateSession(testDb.db, other.sessionId, at(3))).toBeNull();
    expect(await validateSession(testDb.db, second.id, at(3))).toBeNull();
  });

  it("refuses the next request once the user is disabled", async () => {
    const s = await signedIn("front_desk");
    expect(await validateSession(testDb.db, s.sessionId, at(1))).not.toBeNull();
    await testDb.db.update(users).set({ disabledAt: at(2) }).where(eq(users.id, s.userId));
    expect(await validateSession(testDb.db, s.sessionId, at(3))).toBeNull();
  });

  it("refuses sessions opened before a password change, but not ones opened after", async () => {
    const s = await signedIn("patient");
    await testDb.db.update(users).set({ passwordChangedAt: at(5) }).where(eq(users.id, s.userId));
    expect(await validateSession(testDb.db, s.sessionId, at(6))).toBeNull();

    const fresh = await createSession(testDb.db, { userId: s.userId, role: "patient", ip: null, userAgent: null }, at(7));
    expect(await validateSession(testDb.db, fresh.id, at(8))).not.toBeNull();
  });

  it("accepts a session opened on the database clock right after the account was created", async () => {
    const user = await insertTestUser(testDb.db, { email: "session-db-clock@example.com", role: "patient" });
    const session = await createSession(testDb.db, { userId: user.userId, role: "patient", ip: null, userAgent: null });
    expect(await validateSession(testDb.db, session.id)).not.toBeNull();
  });

  it("treats unknown and malformed ids as signed out", async () => {
    expect(await validateSession(testDb.db, "00000000-0000-4000-8000-000000000000", at(1))).toBeNull();
    expect(await validateSession(testDb.db, "not-a-uuid'; drop table users; --", at(1))).toBeNull();
  });
});
