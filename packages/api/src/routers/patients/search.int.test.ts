import { auditEvents } from "@clinic/db/schema";
import { createTestDatabase, type TestDatabase } from "@clinic/db/testing";
import type { SessionUser } from "@clinic/domain/people/session-user";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { staffRouter } from "../../staff-router";
import { callerFor, createPatient, createStaff, type TestPatient } from "../../testing/fixtures";
import { callOverHttp } from "../../testing/http";

let testDb: TestDatabase;
let frontDesk: SessionUser;
let alex: TestPatient;

beforeAll(async () => {
  testDb = await createTestDatabase();
  frontDesk = await createStaff(testDb.db, "front_desk");
  alex = await createPatient(testDb.db, { name: "Alex Rivera", email: "alex.rivera@example.com", phone: "(512) 555-0142" });
  await createPatient(testDb.db, { name: "Alexandra Chen", email: "achen@example.org", phone: "512.555.7788" });
  await createPatient(testDb.db, { name: "Morgan 100%_Real", email: "morgan@example.net", phone: null });
  for (let i = 1; i <= 12; i++) {
    await createPatient(testDb.db, { name: `Page Person ${String(i).padStart(2, "0")}`, email: `page${i}@example.com` });
  }
});
afterAll(() => testDb.drop());

const search = (query: string, page = 1, pageSize = 20, requestId?: string, user = frontDesk) =>
  callerFor(testDb.db, user, { requestId }).staff.patients.search({ query, page, pageSize });

describe("patients.search", () => {
  it("finds by part of a name, whatever the case, ordered by name", async () => {
    const result = await search("ALEX");
    expect(result.items.map((p) => p.name)).toEqual(["Alex Rivera", "Alexandra Chen"]);
    expect(result.total).toBe(2);
  });

  it("finds by part of an email", async () => {
    expect((await search("rivera@EXAMPLE")).items.map((p) => p.id)).toEqual([alex.patientId]);
  });

  it("finds by phone digits typed with other separators", async () => {
    expect((await search("512-555-0142")).items.map((p) => p.name)).toEqual(["Alex Rivera"]);
    expect((await search("(512) 555")).items.map((p) => p.name)).toEqual(["Alex Rivera", "Alexandra Chen"]);
  });

  it("treats % and _ as ordinary characters", async () => {
    expect((await search("0%_r")).items.map((p) => p.name)).toEqual(["Morgan 100%_Real"]);
    expect((await search("%%")).items).toEqual([]);
    expect((await search("__")).items).toEqual([]);
  });

  it("paginates with the total of all matches", async () => {
    const first = await search("page person", 1, 5);
    const third = await search("page person", 3, 5);
    expect(first).toMatchObject({ total: 12, page: 1, pageSize: 5 });
    expect(first.items.map((p) => p.name)).toEqual([
      "Page Person 01",
      "Page Person 02",
      "Page Person 03",
      "Page Person 04",
      "Page Person 05",
    ]);
    expect(third.items.map((p) => p.name)).toEqual(["Page Person 11", "Page Person 12"]);
    expect(await search("page person", 9, 5)).toMatchObject({ items: [], total: 12 });
  });

  it("returns only contact columns, and audits each patient shown without storing the query", async () => {
    // A colleague who has not listed Alex yet: the searches above were this desk's within the window (decision 0099).
    const colleague = await createStaff(testDb.db, "front_desk");
    const result = await search("Alex Rivera", 1, 20, "req-search", colleague);
    expect(Object.keys(result.items[0] ?? {}).sort()).toEqual(["dateOfBirth", "email", "id", "name", "phone"]);
    const audits = await testDb.db.select().from(auditEvents).where(eq(auditEvents.requestId, "req-search"));
    expect(audits).toEqual([
      expect.objectContaining({
        action: "patient.listed",
        patientId: alex.patientId,
        actorUserId: colleague.id,
        metadata: { via: "patients.search" },
      }),
    ]);
    expect(JSON.stringify(audits)).not.toContain("Alex Rivera");
  });

  it("answers a one-letter query and an oversized page with field messages", async () => {
    const response = await callOverHttp(staffRouter, {
      db: testDb.db,
      user: frontDesk,
      path: "patients.search",
      type: "query",
      input: { query: "a", page: 0, pageSize: 500 },
    });
    expect(response.status).toBe(400);
    expect(response.error?.data.zodError?.fieldErrors.query).toEqual(["Type at least 2 characters to search."]);
    expect(Object.keys(response.error?.data.zodError?.fieldErrors ?? {}).sort()).toEqual(["page", "pageSize", "query"]);
  });
});
