import { auditEvents } from "@clinic/db/schema";
import { createTestDatabase, type TestDatabase } from "@clinic/db/testing";
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { staffRouter } from "../../staff-router";
import {
  callerFor,
  createAppointment,
  createLocation,
  createPatient,
  createProvider,
  createService,
  createStaff,
} from "../../testing/fixtures";
import { callOverHttp } from "../../testing/http";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb.drop());

describe("patients.detail", () => {
  it("returns the record with appointments, most recent first, and audits actor, action, patient and request", async () => {
    const location = await createLocation(testDb.db, { name: "West El Paso", timeZone: "America/Denver" });
    const service = await createService(testDb.db, {
      name: "Physical therapy session",
      category: "physical_therapy",
      durationMinutes: 45,
    });
    const provider = await createProvider(testDb.db, { name: "Sarah Lindqvist" });
    const alex = await createPatient(testDb.db, { name: "Alex Rivera", phone: "(512) 555-0142", dateOfBirth: "1984-06-12" });
    const common = { patientId: alex.patientId, providerId: provider.id, serviceId: service.id, locationId: location.id, minutes: 45 };
    const older = await createAppointment(testDb.db, { ...common, startsAt: new Date("2026-02-02T16:00:00Z") });
    const newer = await createAppointment(testDb.db, { ...common, startsAt: new Date("2026-04-02T16:00:00Z") });
    const admin = await createStaff(testDb.db, "admin");

    const record = await callerFor(testDb.db, admin, { requestId: "req-detail", ip: "198.51.100.4" }).staff.patients.detail({
      patientId: alex.patientId,
    });

    expect(record).toMatchObject({
      id: alex.patientId,
      name: "Alex Rivera",
      email: alex.email,
      phone: "(512) 555-0142",
      dateOfBirth: "1984-06-12",
    });
    expect(record.createdAt).toBeInstanceOf(Date);
    expect(record.appointments.map((a) => a.id)).toEqual([newer.id, older.id]);
    expect(record.appointments[0]).toMatchObject({
      serviceName: "Physical therapy session",
      providerName: "Sarah Lindqvist",
      locationName: "West El Paso",
      timeZone: "America/Denver",
    });
    expect(record).not.toHaveProperty("passwordHash");

    const audits = await testDb.db.select().from(auditEvents).where(eq(auditEvents.requestId, "req-detail"));
    expect(audits).toEqual([
      expect.objectContaining({
        action: "patient.viewed",
        patientId: alex.patientId,
        actorUserId: admin.id,
        actorRole: "admin",
        ip: "198.51.100.4",
      }),
    ]);
    expect(audits[0]?.occurredAt).toBeInstanceOf(Date);
  });

  it("answers NOT_FOUND for an unknown patient, and writes no audit event", async () => {
    const admin = await createStaff(testDb.db, "admin");
    await expect(
      callerFor(testDb.db, admin, { requestId: "req-missing" }).staff.patients.detail({ patientId: randomUUID() }),
    ).rejects.toMatchObject({ code: "NOT_FOUND", message: "That patient was not found." });
    expect(await testDb.db.select().from(auditEvents).where(eq(auditEvents.requestId, "req-missing"))).toEqual([]);
  });

  it("answers a malformed id with BAD_REQUEST, never a 500", async () => {
    const admin = await createStaff(testDb.db, "admin");
    const response = await callOverHttp(staffRouter, {
      db: testDb.db,
      user: admin,
      path: "patients.detail",
      type: "query",
      input: { patientId: "1 or 1=1" },
    });
    expect(response.status).toBe(400);
    expect(response.error?.data.zodError?.fieldErrors.patientId).toEqual(["That is not a patient record id."]);
  });
});
