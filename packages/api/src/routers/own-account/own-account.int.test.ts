import { hashPassword, verifyPassword } from "@clinic/auth/password";
import { checkSession, createSession } from "@clinic/auth/sessions";
import { auditEvents, emailOutbox, users } from "@clinic/db/schema";
import { createTestDatabase, type TestDatabase } from "@clinic/db/testing";
import type { SessionUser } from "@clinic/domain/people/session-user";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, createPatient, createStaff } from "../../testing/fixtures";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb.drop());

const OLD = "the old long passphrase";
const NEW = "a brand new long passphrase";
const CHROME = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

/** A user with three open sessions: the one asking (here), a laptop and a phone. */
async function withSessions(user: SessionUser) {
  await testDb.db.update(users).set({ passwordHash: await hashPassword(OLD) }).where(eq(users.id, user.id));
  const open = (userAgent: string | null) => createSession(testDb.db, { userId: user.id, role: user.role, ip: null, userAgent });
  const [here, laptop, phone] = [await open(CHROME), await open(null), await open("vitest")];
  if (!here || !laptop || !phone) throw new Error("no sessions");
  return { asking: { ...user, sessionId: here.id }, here: here.id, laptop: laptop.id, phone: phone.id };
}

describe.each([
  { side: "patient", make: async () => (await createPatient(testDb.db)).session },
  { side: "staff", make: () => createStaff(testDb.db, "front_desk") },
] as const)("own account ($side)", ({ side, make }) => {
  const callerOf = (user: SessionUser) => {
    const caller = callerFor(testDb.db, user);
    return side === "patient" ? caller.patient.account : caller.staff.myAccount;
  };

  it("changes the password only with the current one; other sessions end, this one stays; audited and emailed", async () => {
    const user = await make();
    const { asking, here, laptop, phone } = await withSessions(user);
    await expect(callerOf(asking).changePassword({ currentPassword: "not my password", newPassword: NEW })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "Your current password is not right.",
    });
    await expect(callerOf(asking).changePassword({ currentPassword: OLD, newPassword: NEW })).resolves.toEqual({ sessionsEnded: 2 });

    const [row] = await testDb.db.select().from(users).where(eq(users.id, user.id));
    expect(await verifyPassword(row?.passwordHash ?? "", NEW)).toBe(true);
    expect(await checkSession(testDb.db, here)).not.toBeNull();
    expect(await checkSession(testDb.db, laptop)).toBeNull();
    expect(await checkSession(testDb.db, phone)).toBeNull();
    const audits = await testDb.db.select().from(auditEvents).where(and(eq(auditEvents.action, "auth.password_changed"), eq(auditEvents.actorUserId, user.id)));
    expect(audits).toEqual([expect.objectContaining({ metadata: { sessionsEnded: 2 } })]);
    expect(await testDb.db.select().from(emailOutbox).where(and(eq(emailOutbox.toAddress, user.email), eq(emailOutbox.template, "password-changed")))).toHaveLength(1);
  });

  it("throttles guesses at the current password with the account's sign-in throttle", async () => {
    const user = await make();
    const { asking } = await withSessions(user);
    for (let i = 0; i < 5; i++) {
      await expect(callerOf(asking).changePassword({ currentPassword: `guess number ${i}`, newPassword: NEW })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
    // Locked now: even the right password waits, and the answer says for how long.
    await expect(callerOf(asking).changePassword({ currentPassword: OLD, newPassword: NEW })).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: expect.stringMatching(/^Too many wrong passwords\. Try again in \d+ minutes?\.$/),
    });
    const [row] = await testDb.db.select().from(users).where(eq(users.id, user.id));
    expect(await verifyPassword(row?.passwordHash ?? "", OLD)).toBe(true);
  });

  it("lists the open sessions with their device, ends one, then all the others", async () => {
    const user = await make();
    const { asking, here, laptop, phone } = await withSessions(user);
    const listed = await callerOf(asking).sessions();
    expect(listed.map((s) => s.id).sort()).toEqual([here, laptop, phone].sort());
    expect(listed.find((s) => s.id === here)).toMatchObject({ current: true, device: "Chrome on macOS" });
    expect(listed.find((s) => s.id === laptop)).toMatchObject({ current: false, device: "Unknown device" });

    await expect(callerOf(asking).endSession({ sessionId: laptop })).resolves.toEqual({ ended: true });
    expect(await checkSession(testDb.db, laptop)).toBeNull();
    expect((await callerOf(asking).sessions()).map((s) => s.id).sort()).toEqual([here, phone].sort());

    await expect(callerOf(asking).endOtherSessions()).resolves.toEqual({ sessionsEnded: 1 });
    expect((await callerOf(asking).sessions()).map((s) => s.id)).toEqual([here]);
    const ended = await testDb.db.select().from(auditEvents).where(and(eq(auditEvents.action, "auth.session_ended"), eq(auditEvents.actorUserId, user.id)));
    expect(ended).toHaveLength(2);
  });

  it("cannot end someone else's session", async () => {
    const user = await make();
    const other = await make();
    const { asking } = await withSessions(user);
    const { laptop: theirs } = await withSessions(other);
    await expect(callerOf(asking).endSession({ sessionId: theirs })).resolves.toEqual({ ended: false });
    expect(await checkSession(testDb.db, theirs)).not.toBeNull();
  });
});
