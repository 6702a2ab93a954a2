import { accountTokens, auditEvents, emailOutbox, patients, users } from "@clinic/db/schema";
import { createTestDatabase, type TestDatabase } from "@clinic/db/testing";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { linkTokenIn } from "../../testing/account-links";
import { callerFor, createUser, sessionUserOf, unique } from "../../testing/fixtures";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb.drop());

const PASSWORD = "correct horse battery";
const anonymous = () => callerFor(testDb.db, null).patient;

/** Signs up `email` and returns the token of the newest verification link sent to it. */
async function signUpAndReadLink(email: string, name = "Robin Claim"): Promise<string> {
  await anonymous().account.signUp({ name, email, password: PASSWORD });
  return newestLinkTo(email);
}

async function newestLinkTo(email: string): Promise<string> {
  const [email_] = await testDb.db
    .select()
    .from(emailOutbox)
    .where(and(sql`lower(${emailOutbox.toAddress}) = lower(${email})`, eq(emailOutbox.template, "verify-email")))
    .orderBy(desc(emailOutbox.createdAt))
    .limit(1);
  return linkTokenIn(email_?.textBody ?? "", "verify-email");
}

async function accountOf(email: string) {
  const [user] = await testDb.db.select().from(users).where(sql`lower(${users.email}) = lower(${email})`);
  if (!user) throw new Error(`no account for ${email}`);
  return user;
}

async function frontDeskRecord(email: string | null, name = "Robin Claim") {
  const [record] = await testDb.db.insert(patients).values({ name, email, phone: "(512) 555-0199" }).returning();
  if (!record) throw new Error("no record");
  return record;
}

describe("account.verifyEmail", () => {
  it("confirms the email, gives the account a patient record, audits it and returns where to go on", async () => {
    const email = `verify-${unique()}@example.test`;
    await anonymous().account.signUp({ name: "Vera Fy", email, password: PASSWORD, returnTo: "/book?service=massage" });
    const token = await newestLinkTo(email);

    await expect(callerFor(testDb.db, null, { requestId: "req-verify" }).patient.account.verifyEmail({ token })).resolves.toEqual({
      returnTo: "/book?service=massage",
    });
    const user = await accountOf(email);
    expect(user.emailVerifiedAt).toBeInstanceOf(Date);
    const records = await testDb.db.select().from(patients).where(eq(patients.userId, user.id));
    expect(records).toHaveLength(1);
    const [audit] = await testDb.db.select().from(auditEvents).where(and(eq(auditEvents.action, "auth.email_verified"), eq(auditEvents.actorUserId, user.id)));
    expect(audit).toMatchObject({ patientId: records[0]?.id, requestId: "req-verify" });
  });

  it("works once: the same link, an older link of the same account, an unknown or expired link are refused", async () => {
    const email = `once-${unique()}@example.test`;
    await anonymous().account.signUp({ name: "Ona Once", email, password: PASSWORD });
    const older = await newestLinkTo(email);
    const user = await accountOf(email);
    await callerFor(testDb.db, sessionUserOf(user)).patient.account.resendVerification({});
    const newer = await newestLinkTo(email);
    expect(newer).not.toBe(older);

    await anonymous().account.verifyEmail({ token: newer });
    const refusal = { code: "BAD_REQUEST", message: "This confirmation link has expired or was already used. Sign in and we will send you a new one." };
    await expect(anonymous().account.verifyEmail({ token: newer })).rejects.toMatchObject(refusal);
    await expect(anonymous().account.verifyEmail({ token: older })).rejects.toMatchObject(refusal);
    await expect(anonymous().account.verifyEmail({ token: "not-a-real-token" })).rejects.toMatchObject(refusal);
    expect(await testDb.db.select().from(patients).where(eq(patients.userId, user.id))).toHaveLength(1);

    const lateEmail = `late-${unique()}@example.test`;
    const late = await signUpAndReadLink(lateEmail);
    await testDb.db.update(accountTokens).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(accountTokens.userId, (await accountOf(lateEmail)).id));
    await expect(anonymous().account.verifyEmail({ token: late })).rejects.toMatchObject(refusal);
    expect((await accountOf(lateEmail)).emailVerifiedAt).toBeNull();
  });

  it("claims the one record the front desk made with this email (any case): no second patient", async () => {
    const email = `claim-${unique()}@example.test`;
    const record = await frontDeskRecord(email.toUpperCase());
    const token = await signUpAndReadLink(email);
    await anonymous().account.verifyEmail({ token });

    const user = await accountOf(email);
    const records = await testDb.db.select().from(patients).where(eq(patients.userId, user.id));
    expect(records.map((r) => r.id)).toEqual([record.id]);
    expect(records[0]?.phone).toBe("(512) 555-0199");
    expect(await testDb.db.select().from(patients).where(sql`lower(${patients.email}) = lower(${email})`)).toHaveLength(1);
    const claimed = await testDb.db.select().from(auditEvents).where(and(eq(auditEvents.action, "patient.record_claimed"), eq(auditEvents.patientId, record.id)));
    expect(claimed).toEqual([expect.objectContaining({ actorUserId: user.id, actorRole: "patient" })]);
  });

  it("claims nothing when several records share the email (a family's address): it makes the account its own", async () => {
    const email = `family-${unique()}@example.test`;
    const parent = await frontDeskRecord(email, "Pat Family");
    const child = await frontDeskRecord(email, "Kim Family");
    await anonymous().account.verifyEmail({ token: await signUpAndReadLink(email) });

    const user = await accountOf(email);
    const [own] = await testDb.db.select().from(patients).where(eq(patients.userId, user.id));
    expect(own && [parent.id, child.id].includes(own.id)).toBe(false);
    const unclaimed = await testDb.db.select().from(patients).where(and(isNull(patients.userId), eq(patients.email, email)));
    expect(unclaimed).toHaveLength(2);
  });

  it("never claims a record before the mailbox is proven", async () => {
    const email = `squatter-${unique()}@example.test`;
    const record = await frontDeskRecord(email);
    await anonymous().account.signUp({ name: "Not Robin", email, password: PASSWORD });
    const [after] = await testDb.db.select().from(patients).where(eq(patients.id, record.id));
    expect(after?.userId).toBeNull();
  });
});

describe("account.resendVerification", () => {
  it("sends a new link to an unconfirmed account, at most three an hour, then says so", async () => {
    const email = `resend-${unique()}@example.test`;
    await anonymous().account.signUp({ name: "Ray Send", email, password: PASSWORD });
    const caller = callerFor(testDb.db, sessionUserOf(await accountOf(email))).patient;
    // Sign-up sent the first of three.
    await expect(caller.account.resendVerification({ returnTo: "https://evil.example/" })).resolves.toEqual({ status: "sent" });
    await expect(caller.account.resendVerification({})).resolves.toEqual({ status: "sent" });
    await expect(caller.account.resendVerification({})).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
    const links = await testDb.db.select().from(accountTokens).where(eq(accountTokens.userId, (await accountOf(email)).id));
    expect(links).toHaveLength(3);
    // An off-site return address is dropped, never kept for a redirect.
    expect(links.map((l) => l.returnTo)).toEqual([null, null, null]);
  });

  it("answers already_verified for a confirmed account and sends nothing", async () => {
    const user = await createUser(testDb.db, { role: "patient" });
    await expect(callerFor(testDb.db, sessionUserOf(user)).patient.account.resendVerification({})).resolves.toEqual({ status: "already_verified" });
    expect(await testDb.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, user.email))).toEqual([]);
  });
});
