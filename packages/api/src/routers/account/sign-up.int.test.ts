import { hashPassword, verifyPassword } from "@clinic/auth/password";
import { accountTokens, auditEvents, emailOutbox, patients, users } from "@clinic/db/schema";
import { createTestDatabase, type TestDatabase } from "@clinic/db/testing";
import { SIGN_UP_THROTTLE } from "@clinic/domain/people/sign-up-policy";
import { and, eq, sql } from "drizzle-orm";
import { hashAccountToken } from "@clinic/auth/account-token";
import { linkTokenIn } from "../../testing/account-links";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { patientRouter } from "../../patient-router";
import { lockSignUpsFrom } from "@clinic/db/queries/sign-ups";
import { callerFor, unique } from "../../testing/fixtures";
import { callOverHttp } from "../../testing/http";
import { waitFor } from "../../testing/wait-for";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb.drop());

const PASSWORD = "correct horse battery";

describe("account.signUp", () => {
  it("creates an unconfirmed account without a patient record, and emails a verification link", async () => {
    const caller = callerFor(testDb.db, null, { requestId: "req-sign-up", ip: "203.0.113.7" }).patient;
    const answer = await caller.account.signUp({ name: "  Jamie Doe ", email: "Jamie.Doe@Example.com", password: PASSWORD, returnTo: "/book?service=x" });
    expect(answer).toEqual({ status: "check_email" });

    const [user] = await testDb.db.select().from(users).where(eq(users.email, "Jamie.Doe@Example.com"));
    expect(user).toMatchObject({ name: "Jamie Doe", role: "patient", emailVerifiedAt: null });
    expect(await verifyPassword(user?.passwordHash ?? "", PASSWORD)).toBe(true);
    expect(await testDb.db.select().from(patients).where(eq(patients.userId, user?.id ?? ""))).toEqual([]);

    const emails = await testDb.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, "Jamie.Doe@Example.com"));
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({ template: "verify-email", status: "pending" });
    expect(emails[0]?.textBody).toContain("Hello Jamie Doe");
    expect(emails[0]?.textBody).not.toContain(PASSWORD);
    const token = linkTokenIn(emails[0]?.textBody ?? "", "verify-email");
    const [stored] = await testDb.db.select().from(accountTokens).where(eq(accountTokens.userId, user?.id ?? ""));
    // Only the hash is stored, and where to go on after confirming.
    expect(stored).toMatchObject({ purpose: "email_verification", tokenHash: hashAccountToken(token), returnTo: "/book?service=x" });
    expect(JSON.stringify(stored)).not.toContain(token);

    const audits = await testDb.db.select().from(auditEvents).where(eq(auditEvents.actorUserId, user?.id ?? ""));
    expect(audits.map((a) => a.action).sort()).toEqual(["auth.verification_sent", "patient.signed_up"]);
    expect(audits[0]).toMatchObject({ actorRole: "patient", requestId: "req-sign-up", ip: "203.0.113.7" });
  });

  it("answers a known email (any case) the same way, creates nothing and emails the owner instead, once an hour", async () => {
    const caller = callerFor(testDb.db, null).patient;
    await caller.account.signUp({ name: "Sam Lee", email: "sam.lee@example.com", password: PASSWORD });
    const [owner] = await testDb.db.select().from(users).where(eq(users.email, "sam.lee@example.com"));
    for (let i = 0; i < 2; i++) {
      await expect(caller.account.signUp({ name: "Sam Again", email: "SAM.LEE@EXAMPLE.COM", password: "another long passphrase" })).resolves.toEqual({
        status: "check_email",
      });
    }
    expect(await testDb.db.select().from(users).where(sql`lower(${users.email}) = 'sam.lee@example.com'`)).toHaveLength(1);
    const emails = await testDb.db.select().from(emailOutbox).where(sql`lower(${emailOutbox.toAddress}) = 'sam.lee@example.com'`);
    expect(emails.map((e) => e.template).sort()).toEqual(["already-registered", "verify-email"]);
    const notice = emails.find((e) => e.template === "already-registered");
    expect(notice?.toAddress).toBe("sam.lee@example.com");
    expect(notice?.textBody).toContain("You already have one");
    expect(notice?.textBody).toContain("/forgot-password");
    // The password typed by whoever tried is not kept anywhere.
    expect(await verifyPassword(owner?.passwordHash ?? "", PASSWORD)).toBe(true);
    const attempts = await testDb.db.select().from(auditEvents).where(eq(auditEvents.action, "auth.sign_up_for_existing_account"));
    expect(attempts.filter((a) => a.metadata.accountUserId === owner?.id)).toHaveLength(2);
  });

  it("spends a password hash on a known email too, so it takes as long as a new one", async () => {
    const caller = callerFor(testDb.db, null).patient;
    await caller.account.signUp({ name: "Timed", email: "timed@example.com", password: PASSWORD });
    // Taken in turns, so both face the same load on a shared machine; the fastest run of each is the least disturbed.
    const timed = async (work: () => Promise<unknown>) => {
      const started = performance.now();
      await work();
      return performance.now() - started;
    };
    let oneHash = Number.POSITIVE_INFINITY;
    let known = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 7; i++) {
      oneHash = Math.min(oneHash, await timed(() => hashPassword(PASSWORD)));
      known = Math.min(known, await timed(() => caller.account.signUp({ name: "Timed", email: "timed@example.com", password: PASSWORD })));
    }
    // Without the hash the known case is a few milliseconds of SQL, far below one argon2id hash.
    expect(known).toBeGreaterThan(0.6 * oneHash);
  });

  it("lets exactly one of several simultaneous sign-ups with one email create an account, all with the same answer", async () => {
    const caller = callerFor(testDb.db, null).patient;
    const attempts = await Promise.all(
      ["race@example.com", "RACE@example.com", "Race@Example.com", "race@EXAMPLE.com"].map((email) =>
        caller.account.signUp({ name: "Racer", email, password: PASSWORD }),
      ),
    );
    expect(attempts).toEqual(Array.from({ length: 4 }, () => ({ status: "check_email" })));
    expect(await testDb.db.select().from(users).where(sql`lower(${users.email}) = 'race@example.com'`)).toHaveLength(1);
    const outbox = await testDb.db.select().from(emailOutbox).where(sql`lower(${emailOutbox.toAddress}) = 'race@example.com'`);
    expect(outbox.filter((e) => e.template === "verify-email")).toHaveLength(1);
  });

  it("answers a weak password and a bad email with field messages", async () => {
    const response = await callOverHttp(patientRouter, {
      db: testDb.db,
      user: null,
      path: "account.signUp",
      type: "mutation",
      input: { name: "Pat", email: "not-an-email", password: "password123" },
    });
    expect(response.status).toBe(400);
    expect(response.error?.data.zodError?.fieldErrors).toEqual({
      email: ["Enter a valid email address, like name@example.com."],
      password: ["This password is one of the most common ones and easy to guess. Choose another."],
    });
  });
});

describe("account.signUp throttling per client address", () => {
  const LIMIT = SIGN_UP_THROTTLE.maxAccounts;
  const TOO_MANY = "Too many accounts were created from this network recently. Please try again later, or call the clinic.";

  function signUpFrom(ip: string, email = `bulk-${unique()}@example.test`) {
    return callerFor(testDb.db, null, { ip }).patient.account.signUp({ name: "Bulk Patient", email, password: PASSWORD });
  }

  /** Audit rows as earlier sign-ups from `ip` left them, `minutesAgo` minutes ago. */
  async function earlierSignUps(ip: string, howMany: number, minutesAgo: number) {
    const occurredAt = new Date(Date.now() - minutesAgo * 60_000);
    await testDb.db.insert(auditEvents).values(Array.from({ length: howMany }, () => ({ action: "patient.signed_up", ip, occurredAt })));
  }

  /** Resolves once a session of this database waits for an advisory lock (the address lock). */
  async function waitForAddressLockWaiter() {
    await waitFor(
      async () => {
        const { rows } = await testDb.db.execute<{ waiting: number }>(
          sql`select count(*)::int as waiting from pg_locks l join pg_database d on d.oid = l.database
              where d.datname = current_database() and l.locktype = 'advisory' and not l.granted`,
        );
        return (rows[0]?.waiting ?? 0) > 0;
      },
      { timeoutMs: 5_000, message: "the sign-up never waited for the address lock" },
    );
  }

  it("lets the limit of accounts through from one address, then refuses the next and creates nothing", async () => {
    const ip = "198.51.100.20";
    for (let i = 0; i < LIMIT; i++) await signUpFrom(ip);

    const email = "one-too-many@example.test";
    await expect(signUpFrom(ip, email)).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS", message: TOO_MANY });
    expect(await testDb.db.select().from(users).where(eq(users.email, email))).toEqual([]);
    expect(await testDb.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, email))).toEqual([]);
    expect(await testDb.db.select().from(auditEvents).where(and(eq(auditEvents.ip, ip), eq(auditEvents.action, "patient.signed_up")))).toHaveLength(LIMIT);

    // Another address is unaffected.
    await expect(signUpFrom("198.51.100.21")).resolves.toEqual({ status: "check_email" });
  });

  it("forgets sign-ups older than the window", async () => {
    await earlierSignUps("198.51.100.30", LIMIT, 61);
    await expect(signUpFrom("198.51.100.30")).resolves.toEqual({ status: "check_email" });

    await earlierSignUps("198.51.100.31", LIMIT, 59);
    await expect(signUpFrom("198.51.100.31")).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
  });

  it("makes a sign-up wait for one in progress from the same address, then counts it", async () => {
    const ip = "198.51.100.40";
    await earlierSignUps(ip, LIMIT - 1, 5);
    let outcome: Promise<unknown> = Promise.resolve();
    await testDb.db.transaction(async (tx) => {
      // What a sign-up in progress holds: the address lock and its not yet committed audit row.
      await lockSignUpsFrom(tx, ip);
      await tx.insert(auditEvents).values({ action: "patient.signed_up", ip });
      // Passes the early check (the row above is invisible), so only the lock can stop it.
      outcome = signUpFrom(ip).catch((error: unknown) => error);
      await waitForAddressLockWaiter();
    });
    expect(await outcome).toMatchObject({ code: "TOO_MANY_REQUESTS", message: TOO_MANY });
  });
});
