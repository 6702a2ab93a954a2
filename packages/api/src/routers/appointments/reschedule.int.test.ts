import { appointments, auditEvents, emailOutbox } from "@clinic/db/schema";
import { createTestDatabase, type TestDatabase } from "@clinic/db/testing";
import { and, eq, sql } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, createPatient } from "../../testing/fixtures";
import { at, countRows, createBookingClinic, createPatients, dateAhead, reminderJobOf, zoned, createClinicWithVisit } from "./booking-test-clinic";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase({ max: 10 });
});
afterAll(() => testDb.drop());

const TAKEN = "That time was just taken — please pick another.";
const DAY = 86_400_000;

async function bookFor(patient: Awaited<ReturnType<typeof createPatient>>, input: { serviceId: string; locationId: string; providerId: string }, start: Date) {
  return callerFor(testDb.db, patient.session).patient.appointments.book({ ...input, start: zoned(start), idempotencyKey: randomUUID() });
}

describe("appointments.reschedule", () => {
  it("moves the visit by one slot (over its own old time), replaces the reminder, emails the new and old times, audits", async () => {
    const { location, service, providers } = await createBookingClinic(testDb.db, { policy: { bufferAfterMinutes: 15 } });
    const patient = await createPatient(testDb.db, { name: "Alex Rivera" });
    const ids = { serviceId: service.id, locationId: location.id, providerId: providers[0]!.id };
    const date = dateAhead(10);
    const booked = await bookFor(patient, ids, at(date, "10:00"));
    const newStart = at(date, "10:15");

    const moved = await callerFor(testDb.db, patient.session).patient.appointments.reschedule({ id: booked.id, start: zoned(newStart) });

    expect(moved).toMatchObject({ id: booked.id, status: "booked", startsAt: newStart, endsAt: new Date(newStart.getTime() + 3_600_000) });
    expect(await countRows(testDb.db, sql`select count(*) from appointments where patient_id = ${patient.patientId}`)).toBe(1);
    expect((await reminderJobOf(testDb.db, booked.id))?.runAt).toEqual(new Date(newStart.getTime() - DAY));
    expect(await countRows(testDb.db, sql`select count(*) from graphile_worker.jobs where key = ${`appointment-reminder:${booked.id}`}`)).toBe(1);
    const [email] = await testDb.db
      .select()
      .from(emailOutbox)
      .where(and(eq(emailOutbox.toAddress, patient.email), eq(emailOutbox.template, "appointment-rescheduled")));
    expect(email!.textBody).toContain("10:15 AM");
    expect(email!.textBody).toMatch(/previously .*10:00 AM/);
    const audits = await testDb.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "appointment.rescheduled"), eq(auditEvents.patientId, patient.patientId)));
    expect(audits).toHaveLength(1);

    // The old time is free again for someone else.
    const other = await createPatient(testDb.db);
    await expect(bookFor(other, ids, at(date, "09:00"))).resolves.toMatchObject({ status: "booked" });
  });

  it("refuses a taken time and leaves the appointment, its reminder and the outbox as they were", async () => {
    const { location, service, providers } = await createBookingClinic(testDb.db);
    const [mover, holder] = await createPatients(testDb.db, 2);
    const ids = { serviceId: service.id, locationId: location.id, providerId: providers[0]!.id };
    const date = dateAhead(11);
    const mine = await bookFor(mover!, ids, at(date, "09:00"));
    await bookFor(holder!, ids, at(date, "13:00"));
    const reminderBefore = await reminderJobOf(testDb.db, mine.id);
    const outboxBefore = await countRows(testDb.db, sql`select count(*) from email_outbox`);

    await expect(callerFor(testDb.db, mover!.session).patient.appointments.reschedule({ id: mine.id, start: zoned(at(date, "13:30")) })).rejects.toMatchObject({
      code: "CONFLICT",
      message: TAKEN,
    });

    const [row] = await testDb.db.select().from(appointments).where(eq(appointments.id, mine.id));
    expect(row!.startsAt).toEqual(at(date, "09:00"));
    expect(await reminderJobOf(testDb.db, mine.id)).toEqual(reminderBefore);
    expect(await countRows(testDb.db, sql`select count(*) from email_outbox`)).toBe(outboxBefore);
  });

  it("lets exactly one of several appointments moved into the same slot at once have it", async () => {
    const { location, service, providers } = await createBookingClinic(testDb.db);
    const patients = await createPatients(testDb.db, 6);
    const ids = { serviceId: service.id, locationId: location.id, providerId: providers[0]!.id };
    const date = dateAhead(12);
    const booked = await Promise.all(patients.map((patient, index) => bookFor(patient, ids, at(date, `${String(9 + index).padStart(2, "0")}:00`))));
    const target = at(dateAhead(13), "10:00");

    const results = await Promise.allSettled(
      booked.map((appointment, index) =>
        callerFor(testDb.db, patients[index]!.session).patient.appointments.reschedule({ id: appointment.id, start: zoned(target) }),
      ),
    );

    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    for (const result of results.filter((r): r is PromiseRejectedResult => r.status === "rejected")) {
      expect(result.reason).toMatchObject({ code: "CONFLICT", message: TAKEN });
    }
    const active = await testDb.db
      .select({ startsAt: appointments.startsAt })
      .from(appointments)
      .where(and(eq(appointments.providerId, providers[0]!.id), eq(appointments.status, "booked")));
    expect(active.filter((row) => row.startsAt.getTime() === target.getTime())).toHaveLength(1);
    // The others still hold their old times.
    expect(active).toHaveLength(6);
  });

  it("refuses inside the cutoff with the phone to call, and refuses starts the rules do not offer", async () => {
    const { location, service, providers, patient, visit: soon } = await createClinicWithVisit(testDb.db, { startsAt: new Date(Date.now() + 3 * 3_600_000) });
    const reschedule = callerFor(testDb.db, patient.session).patient.appointments.reschedule;

    await expect(reschedule({ id: soon.id, start: zoned(at(dateAhead(14), "10:00")) })).rejects.toMatchObject({
      code: "CONFLICT",
      message: `Online changes close 24 hours before the visit. Please call Riverbend Downtown at ${location.phone} to change it.`,
    });

    const later = await bookFor(patient, { serviceId: service.id, locationId: location.id, providerId: providers[0]!.id }, at(dateAhead(14), "10:00"));
    await expect(reschedule({ id: later.id, start: zoned(at(dateAhead(14), "10:05")) })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(reschedule({ id: later.id, start: zoned(at(dateAhead(14), "20:00")) })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(reschedule({ id: later.id, start: zoned(at(dateAhead(14), "10:00")) })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "Your appointment is already at that time.",
    });
  });

  it("refuses a time that overlaps another of the patient's visits, with another provider", async () => {
    const { location, service, providers } = await createBookingClinic(testDb.db, { providers: 2 });
    const patient = await createPatient(testDb.db);
    const date = dateAhead(16);
    const base = { serviceId: service.id, locationId: location.id };
    await bookFor(patient, { ...base, providerId: providers[0]!.id }, at(date, "09:00"));
    const later = await bookFor(patient, { ...base, providerId: providers[1]!.id }, at(date, "13:00"));

    await expect(
      callerFor(testDb.db, patient.session).patient.appointments.reschedule({ id: later.id, start: zoned(at(date, "09:30")) }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: "You already have an appointment at that time." });
    const [row] = await testDb.db.select().from(appointments).where(eq(appointments.id, later.id));
    expect(row!.startsAt).toEqual(at(date, "13:00"));
  });

  it("refuses a cancelled appointment", async () => {
    const { patient, visit: gone } = await createClinicWithVisit(testDb.db, { startsAt: at(dateAhead(15), "10:00"), status: "cancelled" });
    await expect(
      callerFor(testDb.db, patient.session).patient.appointments.reschedule({ id: gone.id, start: zoned(at(dateAhead(15), "11:00")) }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: "This appointment is already cancelled." });
  });
});
