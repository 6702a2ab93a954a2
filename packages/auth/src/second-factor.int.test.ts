import { userTotp, auditEvents, mfaRecoveryCodes } from "@clinic/db/schema";
import { createTestDatabase, type TestDatabase } from "@clinic/db/testing";
import type { SessionUser } from "@clinic/domain/people/session-user";
import { and, eq, isNull } from "drizzle-orm";
import { Secret, TOTP } from "otpauth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { confirmEnrolment, disableSecondFactor, offerEnrolment, renewRecoveryCodes, verifySecondFactor } from "./second-factor";
import { checkSession, createSession, validateSession } from "./sessions";
import { insertTestUser } from "./testing/users";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(async () => {
  await testDb?.drop();
});

/** What an authenticator app shows for `secret` at `at`. */
const codeAt = (secret: string, at: Date) => new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: at.getTime() });

// Users get password_changed_at = now(); sessions start a minute later so they are newer.
const T0 = new Date(Math.ceil((Date.now() + 60_000) / 30_000) * 30_000);
const plus = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

let counter = 0;
async function signedIn(role: "front_desk" | "patient"): Promise<SessionUser> {
  const email = `mfa-${role}-${++counter}@example.test`;
  const user = await insertTestUser(testDb.db, { email, role });
  const session = await createSession(testDb.db, { userId: user.userId, role, ip: null, userAgent: "vitest" }, T0);
  return { id: user.userId, role, name: "Test Person", email, patientId: user.patientId, sessionId: session.id };
}

const actions = async (userId: string) =>
  (await testDb.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.actorUserId, userId))).map((row) => row.action);

describe("second factor", () => {
  it("holds a staff session back until an authenticator is enrolled, then shows ten recovery codes once", async () => {
    const desk = await signedIn("front_desk");
    expect(await validateSession(testDb.db, desk.sessionId, T0)).toBeNull();
    expect((await checkSession(testDb.db, desk.sessionId, T0))?.secondFactor).toBe("needs_enrolment");

    const offer = await offerEnrolment(testDb.db, desk, T0);
    expect(offer.qrDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(offer.uri).toContain(`secret=${offer.secret}`);
    expect((await offerEnrolment(testDb.db, desk, plus(60))).secret).toBe(offer.secret);

    const wrong = await confirmEnrolment(testDb.db, { user: desk, ip: null }, "000000", T0);
    expect(wrong).toEqual({ ok: false, reason: "invalid" });
    const done = await confirmEnrolment(testDb.db, { user: desk, ip: null }, codeAt(offer.secret, T0), T0);
    if (!done.ok) throw new Error("enrolment refused");
    expect(done.recoveryCodes).toHaveLength(10);
    expect(new Set(done.recoveryCodes).size).toBe(10);
    const stored = await testDb.db.select().from(mfaRecoveryCodes).where(eq(mfaRecoveryCodes.userId, desk.id));
    expect(stored).toHaveLength(10);
    expect(JSON.stringify(stored)).not.toContain(done.recoveryCodes[0]!.replace("-", ""));
    expect(await validateSession(testDb.db, desk.sessionId, T0)).toMatchObject({ id: desk.id });
    expect(await actions(desk.id)).toEqual(expect.arrayContaining(["auth.mfa_failed", "auth.mfa_enrolled"]));
  });

  it("keeps authenticator secrets sealed in the database, and seals a row from before sealing at its next code", async () => {
    const desk = await signedIn("front_desk");
    const offer = await offerEnrolment(testDb.db, desk, T0);
    const totpRow = async () => (await testDb.db.select().from(userTotp).where(eq(userTotp.userId, desk.id)))[0]!;
    expect((await totpRow()).pendingSecret).toMatch(/^v1\./);
    expect(JSON.stringify(await totpRow())).not.toContain(offer.secret);
    expect((await confirmEnrolment(testDb.db, { user: desk, ip: null }, codeAt(offer.secret, T0), T0)).ok).toBe(true);
    const enrolled = await totpRow();
    expect(enrolled.secret).toMatch(/^v1\./);
    expect(JSON.stringify(enrolled)).not.toContain(offer.secret);

    // A row written before sealing (the demo seed writes its published keys this way) still works once, then is sealed.
    await testDb.db.update(userTotp).set({ secret: offer.secret }).where(eq(userTotp.userId, desk.id));
    expect(await verifySecondFactor(testDb.db, { user: desk, ip: null }, { method: "totp", code: codeAt(offer.secret, plus(30)) }, plus(30))).toEqual({ ok: true });
    const resealed = (await totpRow()).secret!;
    expect(resealed).toMatch(/^v1\./);
    expect(await verifySecondFactor(testDb.db, { user: desk, ip: null }, { method: "totp", code: codeAt(offer.secret, plus(60)) }, plus(60))).toEqual({ ok: true });
    expect((await totpRow()).secret).toBe(resealed);

    // Moved to another account, a sealed secret opens for nobody.
    const other = await signedIn("front_desk");
    await testDb.db.insert(userTotp).values({ userId: other.id, secret: resealed, enabledAt: T0 });
    expect(await verifySecondFactor(testDb.db, { user: other, ip: null }, { method: "totp", code: codeAt(offer.secret, plus(90)) }, plus(90))).toEqual({ ok: false, reason: "invalid" });
  });

  it("renews the recovery codes after a current code: the old ones stop working, the new ones show once", async () => {
    const desk = await signedIn("front_desk");
    const offer = await offerEnrolment(testDb.db, desk, T0);
    const enrolled = await confirmEnrolment(testDb.db, { user: desk, ip: null }, codeAt(offer.secret, T0), T0);
    if (!enrolled.ok) throw new Error("enrolment refused");

    expect(await renewRecoveryCodes(testDb.db, { user: desk, ip: null }, "000000", plus(30))).toEqual({ ok: false, reason: "invalid" });
    // The enrolment's code is spent: renewing needs a fresh one.
    expect(await renewRecoveryCodes(testDb.db, { user: desk, ip: null }, codeAt(offer.secret, T0), plus(5))).toEqual({ ok: false, reason: "invalid" });
    const renewed = await renewRecoveryCodes(testDb.db, { user: desk, ip: null }, codeAt(offer.secret, plus(30)), plus(30));
    if (!renewed.ok) throw new Error("renewal refused");
    expect(renewed.recoveryCodes).toHaveLength(10);
    expect(renewed.recoveryCodes).not.toContain(enrolled.recoveryCodes[0]);
    expect(await testDb.db.select().from(mfaRecoveryCodes).where(eq(mfaRecoveryCodes.userId, desk.id))).toHaveLength(10);

    const next = { ...desk, sessionId: (await createSession(testDb.db, { userId: desk.id, role: "front_desk", ip: null, userAgent: "b" }, plus(40))).id };
    expect(await verifySecondFactor(testDb.db, { user: next, ip: null }, { method: "recovery", code: enrolled.recoveryCodes[0]! }, plus(40))).toEqual({ ok: false, reason: "invalid" });
    expect(await verifySecondFactor(testDb.db, { user: next, ip: null }, { method: "recovery", code: renewed.recoveryCodes[0]! }, plus(40))).toEqual({ ok: true });
    expect(await actions(desk.id)).toContain("auth.mfa_recovery_codes_renewed");
  });

  it("asks the next session for a code; a code is accepted once, and an older one never after a newer", async () => {
    const desk = await signedIn("front_desk");
    const offer = await offerEnrolment(testDb.db, desk, T0);
    const enrolled = await confirmEnrolment(testDb.db, { user: desk, ip: null }, codeAt(offer.secret, T0), T0);
    if (!enrolled.ok) throw new Error("enrolment refused");

    const next = { ...desk, sessionId: (await createSession(testDb.db, { userId: desk.id, role: "front_desk", ip: null, userAgent: "b" }, plus(30))).id };
    expect((await checkSession(testDb.db, next.sessionId, plus(30)))?.secondFactor).toBe("needs_code");
    // The enrolment code's step is spent already.
    expect(await verifySecondFactor(testDb.db, { user: next, ip: null }, { method: "totp", code: codeAt(offer.secret, T0) }, plus(30))).toEqual({ ok: false, reason: "invalid" });
    expect(await verifySecondFactor(testDb.db, { user: next, ip: null }, { method: "totp", code: codeAt(offer.secret, plus(30)) }, plus(30))).toEqual({ ok: true });
    expect(await validateSession(testDb.db, next.sessionId, plus(30))).toMatchObject({ id: desk.id });

    const third = { ...desk, sessionId: (await createSession(testDb.db, { userId: desk.id, role: "front_desk", ip: null, userAgent: "c" }, plus(40))).id };
    // Replaying the same code within its window is refused.
    expect(await verifySecondFactor(testDb.db, { user: third, ip: null }, { method: "totp", code: codeAt(offer.secret, plus(30)) }, plus(40))).toEqual({ ok: false, reason: "invalid" });
    // A recovery code works once.
    const recovery = enrolled.recoveryCodes[3]!;
    expect(await verifySecondFactor(testDb.db, { user: third, ip: null }, { method: "recovery", code: recovery.toUpperCase() }, plus(40))).toEqual({ ok: true });
    const fourth = { ...desk, sessionId: (await createSession(testDb.db, { userId: desk.id, role: "front_desk", ip: null, userAgent: "d" }, plus(50))).id };
    expect(await verifySecondFactor(testDb.db, { user: fourth, ip: null }, { method: "recovery", code: recovery }, plus(50))).toEqual({ ok: false, reason: "invalid" });
    const unused = await testDb.db.select().from(mfaRecoveryCodes).where(and(eq(mfaRecoveryCodes.userId, desk.id), isNull(mfaRecoveryCodes.usedAt)));
    expect(unused).toHaveLength(9);
    expect(await actions(desk.id)).toEqual(expect.arrayContaining(["auth.mfa_verified", "auth.mfa_failed"]));
  });

  it("counts wrong codes in the sign-in throttle: the fifth in a row locks further tries, even a right code", async () => {
    const desk = await signedIn("front_desk");
    const offer = await offerEnrolment(testDb.db, desk, T0);
    await confirmEnrolment(testDb.db, { user: desk, ip: null }, codeAt(offer.secret, T0), T0);
    const later = plus(120);
    for (let i = 0; i < 5; i++) {
      expect(await verifySecondFactor(testDb.db, { user: desk, ip: null }, { method: "totp", code: "000000" }, later)).toMatchObject({ ok: false, reason: "invalid" });
    }
    const locked = await verifySecondFactor(testDb.db, { user: desk, ip: null }, { method: "totp", code: codeAt(offer.secret, later) }, later);
    expect(locked).toMatchObject({ ok: false, reason: "throttled", retryAfterMinutes: 1 });
    expect(await actions(desk.id)).toContain("auth.locked_out");
  });

  it("is optional for patients: none by default, and turned off again with a current code", async () => {
    const patient = await signedIn("patient");
    expect(await validateSession(testDb.db, patient.sessionId, T0)).toMatchObject({ id: patient.id });
    const offer = await offerEnrolment(testDb.db, patient, T0);
    await confirmEnrolment(testDb.db, { user: patient, ip: null }, codeAt(offer.secret, T0), T0);
    const other = (await createSession(testDb.db, { userId: patient.id, role: "patient", ip: null, userAgent: "x" }, plus(30))).id;
    expect((await checkSession(testDb.db, other, plus(30)))?.secondFactor).toBe("needs_code");
    expect(await disableSecondFactor(testDb.db, { user: patient, ip: null }, codeAt(offer.secret, plus(30)), plus(30))).toEqual({ ok: true });
    expect(await testDb.db.select().from(userTotp).where(eq(userTotp.userId, patient.id))).toEqual([]);
    expect((await checkSession(testDb.db, other, plus(30)))?.secondFactor).toBe("complete");
    expect(await actions(patient.id)).toEqual(expect.arrayContaining(["auth.mfa_enrolled", "auth.mfa_disabled"]));
  });
});
