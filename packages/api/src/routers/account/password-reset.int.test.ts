import { hashAccountToken } from "@clinic/auth/account-token";
import { hashPassword, verifyPassword } from "@clinic/auth/password";
import { createSession, validateSession } from "@clinic/auth/sessions";
import { accountTokens, auditEvents, emailOutbox, users, userTotp } from "@clinic/db/schema";
import { createTestDatabase, type TestDatabase } from "@clinic/db/testing";
import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { patientRouter } from "../../patient-router";
import { linkTokenIn } from "../../testing/account-links";
import { callerFor, createPatient, createStaff, unique } from "../../testing/fixtures";
import { callOverHttp } from "../../testing/http";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb.drop());

const OLD_PASSWORD = "the old long passphrase";
const NEW_PASSWORD = "a brand new long passphrase";
const anonymous = (ip?: string) => callerFor(testDb.db, null, { ip }).patient;

async function patientWithPassword() {
  const patient = await createPatient(testDb.db, { email: `reset-${unique()}@example.test` });
  await testDb.db.update(users).set({ passwordHash: await hashPassword(OLD_PASSWORD) }).where(eq(users.id, patient.userId));
  return patient;
}

async function emailsTo(address: string, template: string) {
  return testDb.db
    .select()
    .from(emailOutbox)
    .where(and(eq(emailOutbox.toAddress, address), eq(emailOutbox.template, template)))
    .orderBy(desc(emailOutbox.createdAt));
}

async function resetLinkFor(address: string): Promise<string> {
  await anonymous().account.requestPasswordReset({ email: address.toUpperCase() });
  const [email] = await emailsTo(address, "password-reset");
  return linkTokenIn(email?.textBody ?? "", "reset-password");
}

describe("account.requestPasswordReset", () => {
  it("emails a patient a 30-minute link stored hashed, and answers the same for an unknown email", async () => {
    const patient = await patientWithPassword();
    const started = Date.now();
    await expect(anonymous().account.requestPasswordReset({ email: patient.email })).resolves.toEqual({ status: "sent" });
    await expect(anonymous().account.requestPasswordReset({ email: `nobody-${unique()}@example.test` })).resolves.toEqual({ status: "sent" });

    const [email] = await emailsTo(patient.email, "password-reset");
    const token = linkTokenIn(email?.textBody ?? "", "reset-password");
    const [stored] = await testDb.db.select().from(accountTokens).where(eq(accountTokens.userId, patient.userId));
    expect(stored?.tokenHash).toBe(hashAccountToken(token));
    const lifetime = (stored?.expiresAt.getTime() ?? 0) - started;
    expect(lifetime).toBeGreaterThan(29 * 60_000);
    expect(lifetime).toBeLessThanOrEqual(31 * 60_000);
    const requests = await testDb.db.select().from(auditEvents).where(eq(auditEvents.action, "auth.password_reset_requested"));
    expect(requests.length).toBeGreaterThanOrEqual(2);
  });

  it("links a patient to the patient site and a staff member to the staff admin, whichever app they asked on", async () => {
    const patient = await patientWithPassword();
    const staff = await createStaff(testDb.db, "front_desk");
    for (const email of [patient.email, staff.email]) await expect(anonymous().account.requestPasswordReset({ email })).resolves.toEqual({ status: "sent" });
    const [toPatient] = await emailsTo(patient.email, "password-reset");
    const [toStaff] = await emailsTo(staff.email, "password-reset");
    expect(toPatient?.textBody).toMatch(/^http:\/\/localhost:3000\/reset-password\?token=/m);
    expect(toStaff?.textBody).toMatch(/^http:\/\/localhost:3001\/reset-password\?token=/m);
  });

  it("sends nothing to a disabled account or past three links an hour, with the same answer", async () => {
    const staff = await createStaff(testDb.db, "front_desk");
    await testDb.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, staff.id));
    await expect(anonymous().account.requestPasswordReset({ email: staff.email })).resolves.toEqual({ status: "sent" });
    expect(await emailsTo(staff.email, "password-reset")).toEqual([]);

    const patient = await patientWithPassword();
    for (let i = 0; i < 5; i++) await expect(anonymous().account.requestPasswordReset({ email: patient.email })).resolves.toEqual({ status: "sent" });
    expect(await emailsTo(patient.email, "password-reset")).toHaveLength(3);
  });

  it("refuses the eleventh request an hour from one address, whatever the emails", async () => {
    for (let i = 0; i < 10; i++) await anonymous("198.51.100.77").account.requestPasswordReset({ email: `spray-${i}-${unique()}@example.test` });
    await expect(anonymous("198.51.100.77").account.requestPasswordReset({ email: "another@example.test" })).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
    });
    await expect(anonymous("198.51.100.78").account.requestPasswordReset({ email: "another@example.test" })).resolves.toEqual({ status: "sent" });
  });
});

describe("account.resetPassword", () => {
  it("sets the new password, ends every session, audits it and tells the owner; the link works once", async () => {
    const patient = await patientWithPassword();
    const session = await createSession(testDb.db, { userId: patient.userId, role: "patient", ip: null, userAgent: "old laptop" });
    expect(await validateSession(testDb.db, session.id)).not.toBeNull();
    const token = await resetLinkFor(patient.email);

    await expect(anonymous().account.resetPassword({ token, password: NEW_PASSWORD })).resolves.toEqual({ status: "changed" });
    const [user] = await testDb.db.select().from(users).where(eq(users.id, patient.userId));
    expect(await verifyPassword(user?.passwordHash ?? "", NEW_PASSWORD)).toBe(true);
    expect(await verifyPassword(user?.passwordHash ?? "", OLD_PASSWORD)).toBe(false);
    expect(await validateSession(testDb.db, session.id)).toBeNull();
    // A session opened right after is honoured (the change is stamped with the database clock).
    const fresh = await createSession(testDb.db, { userId: patient.userId, role: "patient", ip: null, userAgent: null });
    expect(await validateSession(testDb.db, fresh.id)).not.toBeNull();

    const [audit] = await testDb.db.select().from(auditEvents).where(and(eq(auditEvents.action, "auth.password_reset"), eq(auditEvents.actorUserId, patient.userId)));
    expect(audit).toMatchObject({ patientId: patient.patientId, metadata: { sessionsEnded: 1 } });
    expect(await emailsTo(patient.email, "password-changed")).toHaveLength(1);

    await expect(anonymous().account.resetPassword({ token, password: "yet another long passphrase" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "This reset link has expired or was already used. Ask for a new one below.",
    });
    const [after] = await testDb.db.select().from(users).where(eq(users.id, patient.userId));
    expect(await verifyPassword(after?.passwordHash ?? "", NEW_PASSWORD)).toBe(true);
  });

  it("resets a staff member's password without touching their authenticator", async () => {
    const staff = await createStaff(testDb.db, "admin");
    await testDb.db.insert(userTotp).values({ userId: staff.id, secret: "JBSWY3DPEHPK3PXP", enabledAt: new Date() });
    const token = await resetLinkFor(staff.email);
    await expect(anonymous().account.resetPassword({ token, password: NEW_PASSWORD })).resolves.toEqual({ status: "changed" });
    const [totp] = await testDb.db.select().from(userTotp).where(eq(userTotp.userId, staff.id));
    expect(totp?.enabledAt).not.toBeNull();
    const [audit] = await testDb.db.select().from(auditEvents).where(and(eq(auditEvents.action, "auth.password_reset"), eq(auditEvents.actorUserId, staff.id)));
    expect(audit).toMatchObject({ patientId: null, actorRole: "admin" });
  });

  it("refuses an expired link, and a weak password without using the link up", async () => {
    const patient = await patientWithPassword();
    const token = await resetLinkFor(patient.email);
    const weak = await callOverHttp(patientRouter, { db: testDb.db, user: null, path: "account.resetPassword", type: "mutation", input: { token, password: "password123" } });
    expect(weak.status).toBe(400);
    expect(weak.error?.data.zodError?.fieldErrors.password?.[0]).toMatch(/common/);
    await expect(anonymous().account.resetPassword({ token, password: NEW_PASSWORD })).resolves.toEqual({ status: "changed" });

    const later = await resetLinkFor(patient.email);
    await testDb.db.update(accountTokens).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(accountTokens.tokenHash, hashAccountToken(later)));
    await expect(anonymous().account.resetPassword({ token: later, password: "some other long passphrase" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
