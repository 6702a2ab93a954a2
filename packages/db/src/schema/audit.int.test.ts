import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing";
import { auditEvents, patients, users } from "./index";

/** The SQLSTATE and message PostgreSQL answered with, found through drizzle's wrapped error. */
async function refusal(statement: Promise<unknown>): Promise<{ code?: string; message?: string } | "accepted"> {
  try {
    await statement;
    return "accepted";
  } catch (error) {
    const pg = ((error as { cause?: unknown }).cause ?? error) as { code?: string; message?: string };
    return { code: pg.code, message: pg.message };
  }
}

// The app's own connection: createDb with the database URL, as getDb() builds it from DATABASE_URL.
describe("audit_events", () => {
  let test: TestDatabase;
  let patientId: string;
  let userId: string;
  beforeAll(async () => {
    test = await createTestDatabase();
    const [user] = await test.db.insert(users).values({ email: "audit@example.com", name: "Ada", role: "patient", passwordHash: "x" }).returning();
    userId = user!.id;
    const [patient] = await test.db.insert(patients).values({ userId }).returning();
    patientId = patient!.id;
    await test.db.insert(auditEvents).values({ action: "patient.viewed", actorUserId: userId, patientId, requestId: "req-audit" });
  });
  afterAll(() => test.drop());

  it("refuses UPDATE, DELETE and TRUNCATE, and keeps the row", async () => {
    const refusals = [
      await refusal(test.db.update(auditEvents).set({ action: "patient.rewritten" }).where(eq(auditEvents.requestId, "req-audit"))),
      await refusal(test.db.delete(auditEvents).where(eq(auditEvents.requestId, "req-audit"))),
      await refusal(test.db.execute(sql`truncate audit_events`)),
    ];
    expect(refusals).toEqual([
      { code: "42501", message: "audit_events is append-only: UPDATE is not allowed" },
      { code: "42501", message: "audit_events is append-only: DELETE is not allowed" },
      { code: "42501", message: "audit_events is append-only: TRUNCATE is not allowed" },
    ]);
    const rows = await test.db.select().from(auditEvents).where(eq(auditEvents.requestId, "req-audit"));
    expect(rows).toEqual([expect.objectContaining({ action: "patient.viewed", actorUserId: userId, patientId })]);
  });

  it("refuses to delete a user or patient it names, instead of erasing who did what", async () => {
    const restricted = { code: "23001", message: expect.stringContaining("named in the audit trail") as unknown };
    expect(await refusal(test.db.delete(patients).where(eq(patients.id, patientId)))).toMatchObject(restricted);
    expect(await refusal(test.db.delete(users).where(eq(users.id, userId)))).toMatchObject(restricted);
  });

  it("keeps its ids without foreign keys, so anyone it does not name can still be deleted", async () => {
    const [user] = await test.db.insert(users).values({ email: "never-audited@example.com", name: "Bo", role: "patient", passwordHash: "x" }).returning();
    const [patient] = await test.db.insert(patients).values({ userId: user!.id }).returning();
    expect(await refusal(test.db.delete(patients).where(eq(patients.id, patient!.id)))).toBe("accepted");
    expect(await refusal(test.db.delete(users).where(eq(users.id, user!.id)))).toBe("accepted");
  });

  it("still accepts new events", async () => {
    await test.db.insert(auditEvents).values({ action: "patient.listed", requestId: "req-audit-2" });
    expect(await test.db.select().from(auditEvents).where(eq(auditEvents.requestId, "req-audit-2"))).toHaveLength(1);
  });
});
