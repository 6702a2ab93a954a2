import { auditEvents } from "@clinic/db/schema";
import { createTestDatabase, type TestDatabase } from "@clinic/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { patientRouter } from "../../patient-router";
import { callerFor, createPatient } from "../../testing/fixtures";
import { callOverHttp } from "../../testing/http";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb.drop());

describe("profile.updateContact", () => {
  it("persists the new details and audits which fields changed, not their values", async () => {
    const alex = await createPatient(testDb.db, { name: "Alex Rivera", phone: "(512) 555-0142", dateOfBirth: "1984-06-12" });
    const caller = callerFor(testDb.db, alex.session, { requestId: "req-update" }).patient;

    const updated = await caller.profile.updateContact({ name: "Alex Rivera", phone: " 512.555.0199 ", dateOfBirth: "1984-06-12" });

    expect(updated).toEqual({ name: "Alex Rivera", email: alex.email, phone: "512.555.0199", dateOfBirth: "1984-06-12" });
    expect(await caller.profile.me()).toEqual(updated);
    const [audit] = await testDb.db.select().from(auditEvents).where(eq(auditEvents.action, "patient.contact_updated"));
    expect(audit).toMatchObject({
      patientId: alex.patientId,
      actorUserId: alex.userId,
      requestId: "req-update",
      metadata: { changedFields: ["phone"] },
    });
    expect(JSON.stringify(audit?.metadata)).not.toContain("555");
  });

  it("clears phone and date of birth when given null", async () => {
    const pat = await createPatient(testDb.db, { phone: "(512) 555-0100", dateOfBirth: "1970-01-01" });
    const updated = await callerFor(testDb.db, pat.session).patient.profile.updateContact({ name: "Pat Cleared", phone: null, dateOfBirth: null });
    expect(updated).toMatchObject({ name: "Pat Cleared", phone: null, dateOfBirth: null });
  });

  it("answers invalid details with field messages and changes nothing", async () => {
    const pat = await createPatient(testDb.db, { name: "Pat Stays", phone: "(512) 555-0100" });
    const response = await callOverHttp(patientRouter, {
      db: testDb.db,
      user: pat.session,
      path: "profile.updateContact",
      type: "mutation",
      input: { name: "", phone: "call me", dateOfBirth: "2999-01-01" },
    });
    expect(response.status).toBe(400);
    expect(Object.keys(response.error?.data.zodError?.fieldErrors ?? {}).sort()).toEqual(["dateOfBirth", "name", "phone"]);
    expect(response.error?.data.zodError?.fieldErrors.dateOfBirth).toEqual(["Date of birth cannot be in the future."]);
    expect(await callerFor(testDb.db, pat.session).patient.profile.me()).toMatchObject({ name: "Pat Stays", phone: "(512) 555-0100" });
  });
});
