import { auditEvents } from "@clinic/db/schema";
import { createTestDatabase, type TestDatabase } from "@clinic/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, createPatient } from "../../testing/fixtures";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb.drop());

describe("profile.me", () => {
  it("returns the patient's own contact details and audits the read", async () => {
    const alex = await createPatient(testDb.db, { name: "Alex Rivera", phone: "(512) 555-0142", dateOfBirth: "1984-06-12" });
    const profile = await callerFor(testDb.db, alex.session, { requestId: "req-me" }).patient.profile.me();

    expect(profile).toEqual({ name: "Alex Rivera", email: alex.email, phone: "(512) 555-0142", dateOfBirth: "1984-06-12" });
    const audits = await testDb.db.select().from(auditEvents).where(eq(auditEvents.patientId, alex.patientId));
    expect(audits).toEqual([
      expect.objectContaining({ action: "patient.profile_viewed", actorUserId: alex.userId, requestId: "req-me" }),
    ]);
  });
});
