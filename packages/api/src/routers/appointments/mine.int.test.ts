import { auditEvents } from "@clinic/db/schema";
import { createTestDatabase, type TestDatabase } from "@clinic/db/testing";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, createAppointment, createLocation, createPatient, createProvider, createService } from "../../testing/fixtures";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb.drop());

const DAY = 86_400_000;

describe("appointments.mine", () => {
  it("splits the patient's own appointments into upcoming and past, and audits the read", async () => {
    const location = await createLocation(testDb.db, { name: "Downtown Austin" });
    const service = await createService(testDb.db, { name: "Pain follow-up", durationMinutes: 30 });
    const provider = await createProvider(testDb.db, { name: "Dr. Daniel Reyes" });
    const a = await createPatient(testDb.db);
    const b = await createPatient(testDb.db);
    const common = { providerId: provider.id, serviceId: service.id, locationId: location.id, minutes: 30 };
    const past = await createAppointment(testDb.db, { ...common, patientId: a.patientId, startsAt: new Date(Date.now() - 30 * DAY), status: "completed" });
    const soon = await createAppointment(testDb.db, { ...common, patientId: a.patientId, startsAt: new Date(Date.now() + 2 * DAY) });
    const later = await createAppointment(testDb.db, { ...common, patientId: a.patientId, startsAt: new Date(Date.now() + 9 * DAY) });
    await createAppointment(testDb.db, { ...common, patientId: b.patientId, startsAt: new Date(Date.now() + 3 * DAY) });

    const mine = await callerFor(testDb.db, a.session).patient.appointments.mine();

    expect(mine.upcoming.map((x) => x.id)).toEqual([soon.id, later.id]);
    expect(mine.past.map((x) => x.id)).toEqual([past.id]);
    expect(mine.upcoming[0]).toMatchObject({
      status: "booked",
      service: { name: "Pain follow-up", durationMinutes: 30 },
      provider: { name: "Dr. Daniel Reyes" },
      location: { name: "Downtown Austin", timeZone: "America/Chicago", city: "Austin" },
    });
    const audits = await testDb.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "patient.appointments_viewed"), eq(auditEvents.patientId, a.patientId)));
    expect(audits).toHaveLength(1);
  });

  it("is empty for a patient without appointments", async () => {
    const newcomer = await createPatient(testDb.db);
    expect(await callerFor(testDb.db, newcomer.session).patient.appointments.mine()).toEqual({ upcoming: [], past: [] });
  });
});
