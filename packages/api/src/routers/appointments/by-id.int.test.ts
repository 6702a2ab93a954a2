import { auditEvents } from "@clinic/db/schema";
import { createTestDatabase, type TestDatabase } from "@clinic/db/testing";
import { and, eq } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, createPatient } from "../../testing/fixtures";
import { at, createBookingClinic, dateAhead, zoned } from "./booking-test-clinic";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb.drop());

async function bookedFor(patient: Awaited<ReturnType<typeof createPatient>>, date: string) {
  const { location, service, providers } = await createBookingClinic(testDb.db);
  return callerFor(testDb.db, patient.session).patient.appointments.book({
    serviceId: service.id,
    locationId: location.id,
    providerId: providers[0]!.id,
    start: zoned(at(date, "10:00")),
    reason: "Knee pain",
    idempotencyKey: randomUUID(),
  });
}

describe("appointments.byId and appointments.ics", () => {
  it("show the patient's own appointment, and audit the read", async () => {
    const patient = await createPatient(testDb.db);
    const booked = await bookedFor(patient, dateAhead(20));

    const shown = await callerFor(testDb.db, patient.session).patient.appointments.byId({ id: booked.id });

    expect(shown).toEqual(booked);
    const audits = await testDb.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "patient.appointments_viewed"), eq(auditEvents.patientId, patient.patientId)));
    expect(audits.map((audit) => audit.metadata)).toEqual([{ appointmentId: booked.id }]);
  });

  it("give an .ics file in the location's zone, named for the date and service, whose SEQUENCE grows with each change", async () => {
    const patient = await createPatient(testDb.db);
    const date = dateAhead(21);
    const booked = await bookedFor(patient, date);
    const api = callerFor(testDb.db, patient.session).patient.appointments;

    const first = await api.ics({ id: booked.id });
    expect(first.filename).toBe(`riverbend-${date}-${booked.service.slug}.ics`);
    expect(first.content).toContain("BEGIN:VCALENDAR\r\n");
    expect(first.content).toContain(`UID:${booked.id}@riverbend-clinic`);
    expect(first.content).toContain(`DTSTART;TZID=America/Chicago:${date.replaceAll("-", "")}T100000`);
    expect(first.content).toContain("BEGIN:VTIMEZONE");
    expect(first.content).toContain("STATUS:CONFIRMED");
    expect(first.content).toContain("SEQUENCE:0");
    expect(first.content).not.toContain("Knee pain");

    await api.reschedule({ id: booked.id, start: zoned(at(date, "11:00")) });
    const moved = await api.ics({ id: booked.id });
    expect(moved.content).toContain(`DTSTART;TZID=America/Chicago:${date.replaceAll("-", "")}T110000`);
    expect(moved.content).toContain("SEQUENCE:1");

    await api.cancel({ id: booked.id });
    const cancelled = await api.ics({ id: booked.id });
    expect(cancelled.content).toContain("STATUS:CANCELLED");
    expect(cancelled.content).toContain("SEQUENCE:2");
  });

  it("answer NOT_FOUND for another patient's appointment exactly as for an unknown id, in every procedure, and change nothing", async () => {
    const owner = await createPatient(testDb.db);
    const intruder = await createPatient(testDb.db);
    const booked = await bookedFor(owner, dateAhead(22));
    const api = callerFor(testDb.db, intruder.session).patient.appointments;
    const unknown = randomUUID();

    for (const id of [booked.id, unknown]) {
      const expected = { code: "NOT_FOUND", message: "That appointment was not found." };
      await expect(api.byId({ id })).rejects.toMatchObject(expected);
      await expect(api.ics({ id })).rejects.toMatchObject(expected);
      await expect(api.cancel({ id })).rejects.toMatchObject(expected);
      await expect(api.reschedule({ id, start: zoned(at(dateAhead(22), "12:00")) })).rejects.toMatchObject(expected);
    }
    expect(await callerFor(testDb.db, owner.session).patient.appointments.byId({ id: booked.id })).toMatchObject({
      status: "booked",
      startsAt: booked.startsAt,
    });
  });
});
