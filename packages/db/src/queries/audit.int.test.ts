import { randomUUID } from "node:crypto";
import { LISTING_AUDIT_WINDOW_MINUTES } from "@clinic/domain/audit/listing-window";
import { and, eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../schema";
import { createTestDatabase, type TestDatabase } from "../testing";
import { recordAudit, recordAuditForPatients, recordPatientsListed, type AuditContext } from "./audit";

let testDb: TestDatabase;
beforeAll(async () => {
  // Enough connections for the concurrent listings to run side by side.
  testDb = await createTestDatabase({ max: 8 });
});
afterAll(() => testDb.drop());

const staff = (role: "front_desk" | "admin" = "front_desk"): AuditContext => ({ user: { id: randomUUID(), role }, requestId: randomUUID(), ip: "10.0.0.1" });
const patientIds = (n: number) => Array.from({ length: n }, () => randomUUID());

/** Audit rows naming these patients, as [patient, actor, action, via]. */
async function rowsFor(ids: string[]) {
  const rows = await testDb.db.select().from(auditEvents).where(inArray(auditEvents.patientId, ids));
  return rows.map((row) => ({ patientId: row.patientId, actorUserId: row.actorUserId, action: row.action, via: row.metadata.via }));
}

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

describe("recordPatientsListed", () => {
  it("writes one row per patient, and nothing for the same list shown again to the same person within the window", async () => {
    const desk = staff();
    const [ada, bo] = patientIds(2) as [string, string];
    await recordPatientsListed(testDb.db, desk, { patientIds: [ada, bo, ada], via: "calendar.day" });
    await recordPatientsListed(testDb.db, { ...desk, requestId: "refresh" }, { patientIds: [bo, ada], via: "calendar.day" });
    const rows = await rowsFor([ada, bo]);
    expect(rows).toHaveLength(2);
    expect(rows).toEqual(
      expect.arrayContaining([
        { patientId: ada, actorUserId: desk.user?.id, action: "patient.listed", via: "calendar.day" },
        { patientId: bo, actorUserId: desk.user?.id, action: "patient.listed", via: "calendar.day" },
      ]),
    );
  });

  it("writes again for another member of staff, another list, and a patient new to the list", async () => {
    const desk = staff();
    const [ada, bo, cy] = patientIds(3) as [string, string, string];
    await recordPatientsListed(testDb.db, desk, { patientIds: [ada, bo], via: "calendar.day" });
    const admin = staff("admin");
    await recordPatientsListed(testDb.db, admin, { patientIds: [ada], via: "calendar.day" });
    await recordPatientsListed(testDb.db, desk, { patientIds: [ada], via: "calendar.week" });
    await recordPatientsListed(testDb.db, desk, { patientIds: [ada, bo, cy], via: "calendar.day" });
    const rows = await rowsFor([ada, bo, cy]);
    expect(rows.map((row) => [row.patientId, row.actorUserId, row.via]).sort()).toEqual(
      [
        [ada, desk.user?.id, "calendar.day"],
        [bo, desk.user?.id, "calendar.day"],
        [ada, admin.user?.id, "calendar.day"],
        [ada, desk.user?.id, "calendar.week"],
        [cy, desk.user?.id, "calendar.day"],
      ].sort(),
    );
  });

  it("writes again once the last listing is older than the window", async () => {
    const desk = staff();
    const [lately, longAgo] = patientIds(2) as [string, string];
    const earlier = { actorUserId: desk.user?.id, actorRole: "front_desk" as const, action: "patient.listed", metadata: { via: "calendar.day" } };
    await testDb.db.insert(auditEvents).values([
      { ...earlier, patientId: lately, occurredAt: minutesAgo(LISTING_AUDIT_WINDOW_MINUTES - 1) },
      { ...earlier, patientId: longAgo, occurredAt: minutesAgo(LISTING_AUDIT_WINDOW_MINUTES + 1) },
    ]);
    await recordPatientsListed(testDb.db, desk, { patientIds: [lately, longAgo], via: "calendar.day" });
    const rows = await rowsFor([lately, longAgo]);
    expect(rows.filter((row) => row.patientId === lately)).toHaveLength(1);
    expect(rows.filter((row) => row.patientId === longAgo)).toHaveLength(2);
  });

  it("leaves exactly one row per patient when the same listing runs on several connections at once", async () => {
    const desk = staff();
    const ids = patientIds(50);
    await Promise.all(
      Array.from({ length: 8 }, (_, i) => recordPatientsListed(testDb.db, { ...desk, requestId: `tab-${i}` }, { patientIds: ids, via: "calendar.week" })),
    );
    const rows = await rowsFor(ids);
    expect(rows).toHaveLength(ids.length);
    expect(new Set(rows.map((row) => row.patientId)).size).toBe(ids.length);
  });

  it("is not stopped by other kinds of access, and leaves them audited every time", async () => {
    const desk = staff();
    const [ada] = patientIds(1) as [string];
    await recordAudit(testDb.db, desk, { action: "patient.viewed", patientId: ada });
    await recordAudit(testDb.db, desk, { action: "patient.viewed", patientId: ada });
    await recordAuditForPatients(testDb.db, desk, { action: "patient.duplicates_checked", patientIds: [ada] });
    await recordAuditForPatients(testDb.db, desk, { action: "patient.duplicates_checked", patientIds: [ada] });
    await recordPatientsListed(testDb.db, desk, { patientIds: [ada], via: "patients.search" });
    const rows = await testDb.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.patientId, ada), eq(auditEvents.actorUserId, desk.user?.id ?? "")));
    expect(rows.map((row) => row.action).sort()).toEqual(["patient.duplicates_checked", "patient.duplicates_checked", "patient.listed", "patient.viewed", "patient.viewed"]);
  });

  it("finds a recent listing through the partial index, not among everyone else's access to the patient", async () => {
    // A patient on every screen: many staff listed them lately, and the check runs for each refresh.
    const [popular] = patientIds(1) as [string];
    const others = Array.from({ length: 400 }, () => ({ actorUserId: randomUUID(), action: "patient.listed", patientId: popular, metadata: { via: "calendar.day" } }));
    await testDb.db.insert(auditEvents).values(others);
    await testDb.db.execute(sql`analyze audit_events`);
    const plan = await testDb.db.execute(sql`explain select from audit_events recent where recent.action = 'patient.listed' and recent.patient_id = ${popular}::uuid
      and recent.actor_user_id = ${randomUUID()}::uuid and recent.metadata->>'via' = 'calendar.day' and recent.occurred_at > now() - interval '15 minutes'`);
    expect(JSON.stringify(plan.rows)).toContain("audit_events_listed_idx");
  });
});
