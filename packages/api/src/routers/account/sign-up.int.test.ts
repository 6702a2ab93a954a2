import { verifyPassword } from "@clinic/auth/password";
import { auditEvents, emailOutbox, patients, users } from "@clinic/db/schema";
import { createTestDatabase, type TestDatabase } from "@clinic/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { patientRouter } from "../../patient-router";
import { callerFor } from "../../testing/fixtures";
import { callOverHttp } from "../../testing/http";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb.drop());

const PASSWORD = "correct horse battery";

describe("account.signUp", () => {
  it("creates a patient account, a welcome email and an audit event together", async () => {
    const caller = callerFor(testDb.db, null, { requestId: "req-sign-up", ip: "203.0.113.7" }).patient;
    const { userId } = await caller.account.signUp({ name: "  Jamie Doe ", email: "Jamie.Doe@Example.com", password: PASSWORD });

    const [user] = await testDb.db.select().from(users).where(eq(users.id, userId));
    expect(user).toMatchObject({ name: "Jamie Doe", email: "Jamie.Doe@Example.com", role: "patient" });
    expect(await verifyPassword(user?.passwordHash ?? "", PASSWORD)).toBe(true);

    const [patient] = await testDb.db.select().from(patients).where(eq(patients.userId, userId));
    expect(patient).toBeDefined();

    const emails = await testDb.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, "Jamie.Doe@Example.com"));
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({ template: "welcome", status: "pending" });
    expect(emails[0]?.textBody).toContain("Hello Jamie Doe");
    expect(emails[0]?.textBody).not.toContain(PASSWORD);

    const audits = await testDb.db.select().from(auditEvents).where(eq(auditEvents.patientId, patient?.id ?? ""));
    expect(audits).toEqual([
      expect.objectContaining({
        action: "patient.signed_up",
        actorUserId: userId,
        actorRole: "patient",
        requestId: "req-sign-up",
        ip: "203.0.113.7",
      }),
    ]);
  });

  it("refuses an email already registered in another case with CONFLICT", async () => {
    const caller = callerFor(testDb.db, null).patient;
    await caller.account.signUp({ name: "Sam Lee", email: "sam.lee@example.com", password: PASSWORD });
    await expect(caller.account.signUp({ name: "Sam Again", email: "SAM.LEE@EXAMPLE.COM", password: PASSWORD })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "An account with this email already exists. Sign in, or use another email.",
    });
  });

  it("lets exactly one of several simultaneous sign-ups with one email through", async () => {
    const caller = callerFor(testDb.db, null).patient;
    const attempts = await Promise.allSettled(
      ["race@example.com", "RACE@example.com", "Race@Example.com", "race@EXAMPLE.com"].map((email) =>
        caller.account.signUp({ name: "Racer", email, password: PASSWORD }),
      ),
    );
    expect(attempts.filter((a) => a.status === "fulfilled")).toHaveLength(1);
    for (const attempt of attempts.filter((a) => a.status === "rejected")) {
      expect((attempt as PromiseRejectedResult).reason).toMatchObject({ code: "CONFLICT" });
    }
    const outbox = await testDb.db.select().from(emailOutbox);
    expect(outbox.filter((e) => e.toAddress.toLowerCase() === "race@example.com")).toHaveLength(1);
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
