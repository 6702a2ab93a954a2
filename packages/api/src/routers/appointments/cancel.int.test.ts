import { appointments, auditEvents, emailOutbox } from "@clinic/db/schema";
import { createTestDatabase, type TestDatabase } from "@clinic/db/testing";
import { and, eq } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, createPatient } from "../../testing/fixtures";
import { at, createBookingClinic, dateAhead, reminderJobOf, zoned, createClinicWithVisit } from "./booking-test-clinic";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb.drop());

describe("appointments.cancel", () => {
  it("cancels the patient's own booking with the email, without its reminder, audited, and frees the slot for someone else", async () => {
    const { location, service, providers } = await createBookingClinic(testDb.db);
    const patient = await createPatient(testDb.db, { name: "Alex Rivera" });
    const next = await createPatient(testDb.db);
    const start = at(dateAhead(10), "10:00");
    const input = { serviceId: service.id, locationId: location.id, providerId: providers[0]!.id, start: zoned(start) };
    const booked = await callerFor(testDb.db, patient.session).patient.appointments.book({ ...input, idempotencyKey: randomUUID() });
    expect(await reminderJobOf(testDb.db, booked.id)).not.toBeNull();

    const cancelled = await callerFor(testDb.db, patient.session).patient.appointments.cancel({ id: booked.id, reason: "Feeling better" });

    expect(cancelled).toMatchObject({ id: booked.id, status: "cancelled", change: { allowed: false } });
    const [row] = await testDb.db.select().from(appointments).where(eq(appointments.id, booked.id));
    expect(row).toMatchObject({ status: "cancelled", cancellationReason: "Feeling better", cancelledByUserId: patient.userId });
    expect(row!.cancelledAt).toBeInstanceOf(Date);
    expect(await reminderJobOf(testDb.db, booked.id)).toBeNull();
    const [email] = await testDb.db.select().from(emailOutbox).where(eq(emailOutbox.dedupeKey, `appointment-cancelled:${booked.id}`));
    expect(email).toMatchObject({ toAddress: patient.email, template: "appointment-cancelled" });
    expect(email!.textBody).toContain("Your appointment has been cancelled");
    const audits = await testDb.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "appointment.cancelled"), eq(auditEvents.patientId, patient.patientId)));
    expect(audits.map((audit) => audit.metadata)).toEqual([{ appointmentId: booked.id, reasonGiven: true }]);

    const rebooked = await callerFor(testDb.db, next.session).patient.appointments.book({ ...input, idempotencyKey: randomUUID() });
    expect(rebooked).toMatchObject({ startsAt: start, status: "booked" });
    expect(rebooked.id).not.toBe(booked.id);
  });

  it("refuses inside the cutoff with a sentence that gives the location's phone, and changes nothing", async () => {
    const { location, patient, visit: soon } = await createClinicWithVisit(testDb.db, { startsAt: new Date(Date.now() + 5 * 3_600_000) });

    await expect(callerFor(testDb.db, patient.session).patient.appointments.cancel({ id: soon.id })).rejects.toMatchObject({
      code: "CONFLICT",
      message: `Online changes close 24 hours before the visit. Please call Riverbend Downtown at ${location.phone} to cancel it.`,
    });
    const [row] = await testDb.db.select().from(appointments).where(eq(appointments.id, soon.id));
    expect(row!.status).toBe("booked");
  });

  it("refuses an appointment that is already cancelled", async () => {
    const { patient, visit: gone } = await createClinicWithVisit(testDb.db, { startsAt: at(dateAhead(12), "10:00"), status: "cancelled" });
    await expect(callerFor(testDb.db, patient.session).patient.appointments.cancel({ id: gone.id })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "This appointment is already cancelled.",
    });
  });
});
