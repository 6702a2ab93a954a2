import { auditEvents, emailOutbox } from "@clinic/db/schema";
import { createTestDatabase, type TestDatabase } from "@clinic/db/testing";
import type { SessionUser } from "@clinic/domain/people/session-user";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertOutboxEmail } from "@clinic/jobs/testing/outbox";
import { staffRouter } from "../../staff-router";
import { callerFor, createStaff } from "../../testing/fixtures";
import { callOverHttp } from "../../testing/http";

let testDb: TestDatabase;
let admin: SessionUser;
const ids: Record<string, string> = {};

beforeAll(async () => {
  testDb = await createTestDatabase();
  admin = await createStaff(testDb.db, "admin");
  const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000);
  const rows = [
    { key: "oldestSent", status: "sent" as const, createdAt: minutesAgo(50), sentAt: minutesAgo(49), attempts: 1 },
    { key: "failed", status: "failed" as const, createdAt: minutesAgo(40), attempts: 8, lastError: "ESOCKET: connect ECONNREFUSED 127.0.0.1:587" },
    { key: "pending", status: "pending" as const, createdAt: minutesAgo(30) },
    { key: "newestSent", status: "sent" as const, createdAt: minutesAgo(20), sentAt: minutesAgo(19), attempts: 2, lastError: "ETIMEDOUT: Greeting never received" },
  ];
  for (const { key, ...fields } of rows) {
    ids[key] = (await insertOutboxEmail(testDb.db, { ...fields, toAddress: `${key}@example.com`, subject: `About ${key}` })).id;
  }
});
afterAll(() => testDb.drop());

const list = (input: { status?: "pending" | "sending" | "sent" | "failed"; page?: number; pageSize?: number } = {}, requestId?: string) =>
  callerFor(testDb.db, admin, { requestId }).staff.outbox.list(input);

describe("outbox.list", () => {
  it("lists every email newest first with what an administrator needs to check delivery", async () => {
    const result = await list();
    expect(result).toMatchObject({ total: 4, page: 1, pageSize: 20 });
    expect(result.items.map((item) => item.id)).toEqual([ids.newestSent, ids.pending, ids.failed, ids.oldestSent]);
    expect(result.items[0]).toEqual({
      id: ids.newestSent,
      toAddress: "newestSent@example.com",
      subject: "About newestSent",
      template: "welcome",
      status: "sent",
      attempts: 2,
      lastError: "ETIMEDOUT: Greeting never received",
      createdAt: expect.any(Date),
      sentAt: expect.any(Date),
      textBody: expect.stringMatching(/^Hello number/),
    });
    // No HTML body, send_after or updated_at: only what the screen shows.
    expect(Object.keys(result.items[0] ?? {})).not.toContain("htmlBody");
  });

  it("filters by status and pages through the total", async () => {
    const sent = await list({ status: "sent" });
    expect(sent.items.map((item) => item.id)).toEqual([ids.newestSent, ids.oldestSent]);
    expect(sent.total).toBe(2);

    const second = await list({ page: 2, pageSize: 3 });
    expect(second).toMatchObject({ total: 4, page: 2, pageSize: 3 });
    expect(second.items.map((item) => item.id)).toEqual([ids.oldestSent]);
    expect((await list({ status: "sending" })).items).toEqual([]);
  });

  it("shows the confirmation email that signing up queues, with its link's token hidden", async () => {
    await callerFor(testDb.db, null).patient.account.signUp({
      name: "Casey Outbox",
      email: "casey.outbox@example.com",
      password: "a sturdy passphrase",
    });
    const pending = await list({ status: "pending" });
    expect(pending.items[0]).toMatchObject({
      toAddress: "casey.outbox@example.com",
      template: "verify-email",
      status: "pending",
      attempts: 0,
      sentAt: null,
      textBody: expect.stringContaining("Hello Casey Outbox,"),
    });
    expect(pending.items[0]?.textBody).toContain("/verify-email?token=[hidden]");
    const [stored] = await testDb.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, "casey.outbox@example.com"));
    expect(stored?.textBody).not.toContain("token=[hidden]");
    await testDb.db.delete(emailOutbox).where(eq(emailOutbox.toAddress, "casey.outbox@example.com"));
  });

  it("audits each viewing with the ids of the emails shown, never their addresses", async () => {
    await list({ status: "failed" }, "req-outbox");
    const audits = await testDb.db.select().from(auditEvents).where(eq(auditEvents.requestId, "req-outbox"));
    expect(audits).toEqual([
      expect.objectContaining({
        action: "outbox.viewed",
        actorUserId: admin.id,
        actorRole: "admin",
        patientId: null,
        metadata: { via: "outbox.list", status: "failed", emailIds: [ids.failed] },
      }),
    ]);
    expect(JSON.stringify(audits)).not.toContain("@example.com");
  });

  it("answers an unknown status and a page out of range with field messages", async () => {
    const response = await callOverHttp(staffRouter, {
      db: testDb.db,
      user: admin,
      path: "outbox.list",
      type: "query",
      input: { status: "bounced", page: 0, pageSize: 500 },
    });
    expect(response.status).toBe(400);
    expect(response.error?.data.zodError?.fieldErrors).toEqual({
      status: ["Choose a status: pending, sending, sent, failed."],
      page: ["Pages start at 1."],
      pageSize: ["Show at most 50 emails per page."],
    });
  });
});
