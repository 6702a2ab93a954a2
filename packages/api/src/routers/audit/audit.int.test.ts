import { auditEvents } from "@clinic/db/schema";
import { createTestDatabase, type TestDatabase } from "@clinic/db/testing";
import { AUDIT_TIME_ZONE } from "@clinic/domain/audit/audit-filter";
import type { SessionUser } from "@clinic/domain/people/session-user";
import { wallClockToInstant } from "@clinic/domain/time/zoned-time";
import { parse } from "csv-parse/sync";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { staffRouter } from "../../staff-router";
import { callerFor, createPatient, createStaff, type TestPatient } from "../../testing/fixtures";
import { callOverHttp } from "../../testing/http";

let testDb: TestDatabase;
let admin: SessionUser;
let desk: SessionUser;
let ada: TestPatient;
let mallory: TestPatient;

/** An instant on the clinic's calendar. */
const at = (date: string, time: string) => wallClockToInstant(date, time, AUDIT_TIME_ZONE);

beforeAll(async () => {
  testDb = await createTestDatabase();
  admin = await createStaff(testDb.db, "admin", { name: "Admin Audit" });
  desk = await createStaff(testDb.db, "front_desk", { name: "Dana Desk" });
  ada = await createPatient(testDb.db, { name: "Ada Lovelace" });
  // A name a spreadsheet would run as a formula.
  mallory = await createPatient(testDb.db, { name: '=HYPERLINK("http://evil.example","x")' });
  const events = [
    { requestId: "e1", actor: desk, patientId: ada.patientId, action: "patient.viewed", occurredAt: at("2026-03-02", "09:00") },
    { requestId: "e2", actor: desk, patientId: mallory.patientId, action: "patient.viewed", occurredAt: at("2026-03-02", "23:30") },
    { requestId: "e3", actor: admin, patientId: ada.patientId, action: "patient.viewed", occurredAt: at("2026-03-03", "10:00") },
    { requestId: "e4", actor: desk, patientId: ada.patientId, action: "appointment.booked", occurredAt: at("2026-03-04", "11:00") },
    // Just after midnight of the day after the filters below end: outside them.
    { requestId: "e5", actor: desk, patientId: ada.patientId, action: "patient.viewed", occurredAt: at("2026-03-05", "00:01") },
  ];
  for (const event of events) {
    await testDb.db.insert(auditEvents).values({
      requestId: event.requestId,
      actorUserId: event.actor.id,
      actorRole: event.actor.role,
      patientId: event.patientId,
      action: event.action,
      occurredAt: event.occurredAt,
      metadata: { via: "test" },
    });
  }
});
afterAll(() => testDb.drop());

const staff = (user: SessionUser, requestId?: string) => callerFor(testDb.db, user, { requestId }).staff;
const march = { from: "2026-03-02", to: "2026-03-04" };

function csvRows(csv: string): Record<string, string>[] {
  return parse(csv, { columns: true }) as Record<string, string>[];
}

describe("audit.list", () => {
  it("filters by patient, actor, action and clinic days, newest first, with names", async () => {
    const byPatient = await staff(admin).audit.list({ ...march, patientId: ada.patientId });
    expect(byPatient.items.map((e) => e.requestId)).toEqual(["e4", "e3", "e1"]);
    expect(byPatient.items[0]).toMatchObject({ actorName: "Dana Desk", actorRole: "front_desk", patientName: "Ada Lovelace" });

    const byActorAndAction = await staff(admin).audit.list({ ...march, actorUserId: desk.id, action: "patient.viewed" });
    expect(byActorAndAction.items.map((e) => e.requestId)).toEqual(["e2", "e1"]);

    const page2 = await staff(admin).audit.list({ ...march, actorUserId: desk.id, pageSize: 2, page: 2 });
    expect(page2).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(page2.items.map((e) => e.requestId)).toEqual(["e1"]);
  });

  it("records who looked at whose trail", async () => {
    await staff(admin, "req-audit-list").audit.list({ ...march, patientId: ada.patientId });
    const rows = await testDb.db.select().from(auditEvents).where(eq(auditEvents.requestId, "req-audit-list"));
    expect(rows).toEqual([
      expect.objectContaining({
        action: "audit.viewed",
        actorUserId: admin.id,
        patientId: ada.patientId,
        metadata: expect.objectContaining({ via: "audit.list", from: "2026-03-02", to: "2026-03-04", shown: 3 }),
      }),
    ]);
  });

  it("refuses an unknown action and an unbounded range with field messages", async () => {
    const ask = (input: object) => callOverHttp(staffRouter, { db: testDb.db, user: admin, path: "audit.list", type: "query", input });
    const unknownAction = await ask({ ...march, action: "patient.deleted" });
    expect(unknownAction.status).toBe(400);
    expect(unknownAction.error?.data.zodError?.fieldErrors).toEqual({ action: ["Choose an action from the list."] });
    const wholeYear = await ask({ from: "2026-01-01", to: "2026-12-31" });
    expect(wholeYear.status).toBe(400);
    expect(wholeYear.error?.data.zodError?.fieldErrors).toEqual({ to: ["Choose at most 92 days at a time."] });
  });
});

describe("audit.export", () => {
  it("holds exactly the filtered rows, formulas neutralised, and is audited with its count", async () => {
    const result = await staff(admin, "req-audit-export").audit.export({ ...march, actorUserId: desk.id, action: "patient.viewed" });
    const rows = csvRows(result.csv);
    expect(rows.map((row) => row.request_id)).toEqual(["e2", "e1"]);
    expect(result).toMatchObject({ rowCount: 2, filename: "audit-2026-03-02-to-2026-03-04.csv" });
    expect(rows[0]).toMatchObject({
      action: "patient.viewed",
      actor_name: "Dana Desk",
      patient_id: mallory.patientId,
      patient_name: `'=HYPERLINK("http://evil.example","x")`,
      metadata: '{"via":"test"}',
    });
    expect(rows[1]).toMatchObject({ patient_name: "Ada Lovelace", occurred_at: at("2026-03-02", "09:00").toISOString() });

    const audit = await testDb.db.select().from(auditEvents).where(eq(auditEvents.requestId, "req-audit-export"));
    expect(audit).toEqual([
      expect.objectContaining({ action: "audit.exported", actorUserId: admin.id, metadata: expect.objectContaining({ rowCount: 2, actorUserId: desk.id }) }),
    ]);
  });

  it("exports only the header when nothing matches", async () => {
    const result = await staff(admin).audit.export({ from: "2025-01-01", to: "2025-01-02" });
    expect(result.rowCount).toBe(0);
    expect(result.csv).toBe("occurred_at,action,actor_user_id,actor_name,actor_email,actor_role,patient_id,patient_name,request_id,ip,metadata\r\n");
  });
});
