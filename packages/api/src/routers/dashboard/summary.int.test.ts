import { auditEvents } from "@clinic/db/schema";
import { createTestDatabase, type TestDatabase } from "@clinic/db/testing";
import { todayInZone } from "@clinic/domain/time/zoned-time";
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
  type TestPatient,
} from "../../testing/fixtures";
import { callOverHttp } from "../../testing/http";

let testDb: TestDatabase;
let austin: Awaited<ReturnType<typeof createLocation>>;
let elPaso: Awaited<ReturnType<typeof createLocation>>;
let patient: TestPatient;
let book: (locationId: string, startsAt: string, who?: TestPatient) => Promise<{ id: string }>;

beforeAll(async () => {
  testDb = await createTestDatabase();
  austin = await createLocation(testDb.db, { name: "Downtown Austin", timeZone: "America/Chicago" });
  elPaso = await createLocation(testDb.db, { name: "West El Paso", timeZone: "America/Denver", city: "El Paso" });
  const service = await createService(testDb.db, { name: "Pain follow-up", durationMinutes: 30 });
  patient = await createPatient(testDb.db, { name: "Dana Day" });
  // A provider per appointment, so the no-overlap constraint never gets in the way of the calendar checks.
  book = async (locationId, startsAt, who = patient) => {
    const provider = await createProvider(testDb.db);
    return createAppointment(testDb.db, {
      patientId: who.patientId,
      providerId: provider.id,
      serviceId: service.id,
      locationId,
      startsAt: new Date(startsAt),
      minutes: 30,
    });
  };
});
afterAll(() => testDb.drop());

describe("dashboard.summary", () => {
  it("on the 25-hour fall-back day takes appointments from local midnight to local midnight in each zone", async () => {
    const beforeDay = await book(austin.id, "2026-11-01T04:45:00Z"); // 2026-10-31 23:45 CDT
    const firstHour = await book(austin.id, "2026-11-01T05:30:00Z"); // 00:30 CDT
    const repeatedHour = await book(austin.id, "2026-11-01T07:30:00Z"); // 01:30 CST, the second 01:30
    const lastMinutes = await book(austin.id, "2026-11-02T05:30:00Z"); // 23:30 CST, the day's 25th hour
    const nextDay = await book(austin.id, "2026-11-02T06:00:00Z"); // 2026-11-02 00:00 CST
    // In Denver 05:30Z is still 2026-10-31 (23:30 MDT) and 06:30Z is 23:30 MST on 2026-11-01.
    // Another patient: one person cannot hold two overlapping visits (appointments_no_patient_overlap).
    const denverBefore = await book(elPaso.id, "2026-11-01T05:30:00Z", await createPatient(testDb.db));
    const denverLast = await book(elPaso.id, "2026-11-02T06:30:00Z");

    const front = await createStaff(testDb.db, "front_desk");
    const summary = await callerFor(testDb.db, front).staff.dashboard.summary({ date: "2026-11-01" });

    const [atAustin, atElPaso] = summary.locations;
    expect(atAustin).toMatchObject({ name: "Downtown Austin", timeZone: "America/Chicago", date: "2026-11-01" });
    expect(atAustin?.appointments.map((a) => a.id)).toEqual([firstHour.id, repeatedHour.id, lastMinutes.id]);
    expect(atAustin?.appointments[0]).toMatchObject({
      patient: { id: patient.patientId, name: "Dana Day" },
      service: { name: "Pain follow-up" },
    });
    expect(atElPaso?.appointments.map((a) => a.id)).toEqual([denverLast.id]);
    for (const excluded of [beforeDay, nextDay, denverBefore]) {
      expect(summary.locations.flatMap((l) => l.appointments.map((a) => a.id))).not.toContain(excluded.id);
    }
  });

  it("on the 23-hour spring-forward day ends at 05:00Z, not 06:00Z", async () => {
    const lastMinutes = await book(austin.id, "2026-03-09T04:30:00Z"); // 2026-03-08 23:30 CDT
    const nextDay = await book(austin.id, "2026-03-09T05:30:00Z"); // 2026-03-09 00:30 CDT
    const admin = await createStaff(testDb.db, "admin");
    const summary = await callerFor(testDb.db, admin).staff.dashboard.summary({ date: "2026-03-08" });
    const ids = summary.locations[0]?.appointments.map((a) => a.id);
    expect(ids).toEqual([lastMinutes.id]);
    expect(ids).not.toContain(nextDay.id);
  });

  it("shows today in each location's own zone when no date is given, and audits each patient shown", async () => {
    // The front desk sees every visit (a provider only their own: patients/provider-reach.int.test.ts).
    const frontDesk = await createStaff(testDb.db, "front_desk");
    const today = await book(austin.id, new Date().toISOString());
    const summary = await callerFor(testDb.db, frontDesk, { requestId: "req-dashboard" }).staff.dashboard.summary();
    expect(summary.locations.map((l) => l.date)).toEqual([todayInZone("America/Chicago"), todayInZone("America/Denver")]);
    expect(summary.locations[0]?.appointments.map((a) => a.id)).toContain(today.id);

    const audits = await testDb.db.select().from(auditEvents).where(eq(auditEvents.requestId, "req-dashboard"));
    expect(audits).toEqual([
      expect.objectContaining({
        action: "patient.listed",
        patientId: patient.patientId,
        actorUserId: frontDesk.id,
        metadata: { via: "dashboard.summary" },
      }),
    ]);
  });

  it("answers a date that is not a calendar date with a field message", async () => {
    const admin = await createStaff(testDb.db, "admin");
    const response = await callOverHttp(staffRouter, {
      db: testDb.db,
      user: admin,
      path: "dashboard.summary",
      type: "query",
      input: { date: "2026-02-30" },
    });
    expect(response.status).toBe(400);
    expect(response.error?.data.zodError?.fieldErrors.date).toEqual(["Enter a date like 2026-03-08."]);
  });
});
