import { auditEvents } from "@clinic/db/schema";
import { createTestDatabase, type TestDatabase } from "@clinic/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, createPatient, createStaff } from "./testing/fixtures";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb.drop());

const refusalsOf = (requestId: string) => testDb.db.select().from(auditEvents).where(eq(auditEvents.requestId, requestId));

describe("a refused procedure call", () => {
  it("is recorded with the procedure, the code and who asked", async () => {
    const patient = await createPatient(testDb.db);
    await expect(callerFor(testDb.db, patient.session, { requestId: "req-refused-patient" }).staff.patients.search({ query: "a", page: 1, pageSize: 20 }))
      .rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await refusalsOf("req-refused-patient")).toEqual([
      expect.objectContaining({
        action: "access.refused",
        actorUserId: patient.userId,
        actorRole: "patient",
        patientId: null,
        metadata: { procedure: "patients.search", type: "query", code: "FORBIDDEN" },
      }),
    ]);
  });

  it("is recorded for an anonymous caller too", async () => {
    await expect(callerFor(testDb.db, null, { requestId: "req-refused-anon", ip: "192.0.2.8" }).patient.profile.me()).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    expect(await refusalsOf("req-refused-anon")).toEqual([
      expect.objectContaining({ action: "access.refused", actorUserId: null, ip: "192.0.2.8", metadata: { procedure: "profile.me", type: "query", code: "UNAUTHORIZED" } }),
    ]);
  });

  it("is not recorded when the call is allowed", async () => {
    const admin = await createStaff(testDb.db, "admin");
    await callerFor(testDb.db, admin, { requestId: "req-allowed" }).staff.me();
    expect((await refusalsOf("req-allowed")).filter((event) => event.action === "access.refused")).toEqual([]);
  });
});
