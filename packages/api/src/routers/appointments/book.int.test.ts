import { appointments, auditEvents, emailOutbox } from "@clinic/db/schema";
import { createTestDatabase, type TestDatabase } from "@clinic/db/testing";
import { and, eq, sql } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { patientRouter } from "../../patient-router";
import { callerFor, createAppointment, createPatient, createProvider, createWeeklyHours } from "../../testing/fixtures";
import { callOverHttp } from "../../testing/http";
import { at, countRows, createBookingClinic, createPatients, dateAhead, reminderJobOf, zoned } from "./booking-test-clinic";

let testDb: TestDatabase;
beforeAll(async () => {
  // Enough connections for 100 bookings at once to really contend.
  testDb = await createTestDatabase({ max: 20 });
});
afterAll(() => testDb.drop());

const TAKEN = "That time was just taken — please pick another.";
const key = () => `key-${randomUUID()}`;

async function rowsAt(providerId: string, startsAt: Date) {
  return testDb.db
    .select()
    .from(appointments)
    .where(and(eq(appointments.providerId, providerId), eq(appointments.startsAt, startsAt), eq(appointments.status, "booked")));
}

describe("appointments.book", () => {
  it("books the slot with the service's buffers, and writes the confirmation, the reminder and an audit event in the same statement", async () => {
    const { location, service, providers } = await createBookingClinic(testDb.db, { policy: { bufferBeforeMinutes: 5, bufferAfterMinutes: 10 } });
    const provider = providers[0]!;
    const patient = await createPatient(testDb.db, { name: "Alex Rivera" });
    const start = at(dateAhead(5), "10:00");

    const booked = await callerFor(testDb.db, patient.session).patient.appointments.book({
      serviceId: service.id,
      locationId: location.id,
      providerId: provider.id,
      start: zoned(start),
      reason: "  Lower back pain after lifting  ",
      idempotencyKey: key(),
    });

    expect(booked).toMatchObject({
      startsAt: start,
      endsAt: new Date(start.getTime() + 60 * 60_000),
      status: "booked",
      reason: "Lower back pain after lifting",
      service: { id: service.id, slug: service.slug, name: "Physical therapy session", durationMinutes: 60 },
      provider: { id: provider.id, name: provider.name },
      location: { id: location.id, name: "Riverbend Downtown", timeZone: "America/Chicago", phone: location.phone },
      change: { allowed: true, cutoffAt: new Date(start.getTime() - 24 * 3_600_000), cutoffMinutes: 1440 },
    });
    const [row] = await testDb.db.select().from(appointments).where(eq(appointments.id, booked.id));
    expect(row).toMatchObject({ patientId: patient.patientId, bufferBeforeMinutes: 5, bufferAfterMinutes: 10, createdByUserId: patient.userId });

    const emails = await testDb.db.select().from(emailOutbox).where(eq(emailOutbox.dedupeKey, `appointment-confirmed:${booked.id}`));
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({ toAddress: patient.email, template: "appointment-confirmed", status: "pending" });
    expect(emails[0]!.textBody).toContain("Hello Alex Rivera,");
    expect(emails[0]!.textBody).toContain("10:00 AM C");
    expect(emails[0]!.textBody).not.toContain("Lower back pain");

    const reminder = await reminderJobOf(testDb.db, booked.id);
    expect(reminder?.runAt).toEqual(new Date(start.getTime() - 24 * 3_600_000));
    expect(reminder?.payload).toEqual({ appointmentId: booked.id, startsAt: start.toISOString() });

    const audits = await testDb.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "appointment.booked"), eq(auditEvents.patientId, patient.patientId)));
    expect(audits).toHaveLength(1);
    expect(audits[0]!.metadata).toMatchObject({ appointmentId: booked.id, providerChoice: "chosen" });
  });

  it("books exactly one of 100 patients asking for the same slot at once; the other 99 get CONFLICT with the human message", async () => {
    const { location, service, providers } = await createBookingClinic(testDb.db);
    const provider = providers[0]!;
    const patients = await createPatients(testDb.db, 100);
    const start = at(dateAhead(3), "11:00");
    const outboxBefore = await countRows(testDb.db, sql`select count(*) from email_outbox`);

    const results = await Promise.allSettled(
      patients.map((patient) =>
        callerFor(testDb.db, patient.session).patient.appointments.book({
          serviceId: service.id,
          locationId: location.id,
          providerId: provider.id,
          start: zoned(start),
          idempotencyKey: key(),
        }),
      ),
    );

    const fulfilled = results.filter((result) => result.status === "fulfilled");
    const rejected = results.filter((result): result is PromiseRejectedResult => result.status === "rejected");
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(99);
    for (const failure of rejected) expect(failure.reason).toMatchObject({ code: "CONFLICT", message: TAKEN });
    expect(await rowsAt(provider.id, start)).toHaveLength(1);
    // Only the winner's confirmation was written.
    expect(await countRows(testDb.db, sql`select count(*) from email_outbox`)).toBe(outboxBefore + 1);
  });

  it('fills every provider once when 20 patients ask for the same "first available" time at once; the rest get CONFLICT', async () => {
    const { location, service, providers } = await createBookingClinic(testDb.db, { providers: 3 });
    const patients = await createPatients(testDb.db, 20);
    const start = at(dateAhead(3), "15:00");

    const results = await Promise.allSettled(
      patients.map((patient) =>
        callerFor(testDb.db, patient.session).patient.appointments.book({
          serviceId: service.id,
          locationId: location.id,
          providerId: "any",
          start: zoned(start),
          idempotencyKey: key(),
        }),
      ),
    );

    const booked = results.flatMap((result) => (result.status === "fulfilled" ? [result.value.provider.id] : []));
    // A loser at one provider moves on to the next free one, so all three are taken, each once.
    expect(booked.sort()).toEqual(providers.map((provider) => provider.id).sort());
    for (const result of results) {
      if (result.status === "rejected") expect(result.reason).toMatchObject({ code: "CONFLICT", message: TAKEN });
    }
    for (const provider of providers) expect(await rowsAt(provider.id, start)).toHaveLength(1);
  });

  it("returns the same appointment for the same idempotency key, one after the other and at once", async () => {
    const { location, service, providers } = await createBookingClinic(testDb.db, { providers: 2 });
    const patient = await createPatient(testDb.db);
    const book = callerFor(testDb.db, patient.session).patient.appointments.book;
    const input = { serviceId: service.id, locationId: location.id, providerId: providers[0]!.id, start: zoned(at(dateAhead(4), "09:00")) };

    const sequentialKey = key();
    const first = await book({ ...input, idempotencyKey: sequentialKey });
    const again = await book({ ...input, idempotencyKey: sequentialKey });
    expect(again.id).toBe(first.id);

    const concurrentKey = key();
    const anyInput = { ...input, providerId: "any" as const, start: zoned(at(dateAhead(4), "14:00")) };
    const racing = await Promise.all(Array.from({ length: 8 }, () => book({ ...anyInput, idempotencyKey: concurrentKey })));
    expect(new Set(racing.map((appointment) => appointment.id)).size).toBe(1);

    // The same key racing at two providers at once: the unique index lets one row in.
    const crossKey = key();
    const crossStart = zoned(at(dateAhead(4), "16:00"));
    const crossing = await Promise.all(
      [providers[0]!.id, providers[1]!.id, providers[0]!.id, providers[1]!.id].map((providerId) =>
        book({ ...input, providerId, start: crossStart, idempotencyKey: crossKey }),
      ),
    );
    expect(new Set(crossing.map((appointment) => appointment.id)).size).toBe(1);

    for (const idempotencyKey of [sequentialKey, concurrentKey, crossKey]) {
      const rows = await testDb.db
        .select({ id: appointments.id })
        .from(appointments)
        .where(and(eq(appointments.patientId, patient.patientId), eq(appointments.idempotencyKey, idempotencyKey)));
      expect(rows).toHaveLength(1);
      expect(await countRows(testDb.db, sql`select count(*) from email_outbox where dedupe_key = ${`appointment-confirmed:${rows[0]!.id}`}`)).toBe(1);
    }
  });

  it('returns the first appointment when a "first available" booking is retried after it took the last free provider', async () => {
    const { location, service } = await createBookingClinic(testDb.db, { providers: 1 });
    const patient = await createPatient(testDb.db);
    const book = callerFor(testDb.db, patient.session).patient.appointments.book;
    const input = { serviceId: service.id, locationId: location.id, providerId: "any" as const, start: zoned(at(dateAhead(6), "10:00")), idempotencyKey: key() };

    const first = await book(input);
    // Nobody is free at that time any more, yet the retry of the same request is answered, not refused.
    expect((await book(input)).id).toBe(first.id);
    await expect(book({ ...input, idempotencyKey: key() })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it('books "first available" with the free provider who has the lightest day, and the other one when that one is taken', async () => {
    const { location, service, providers } = await createBookingClinic(testDb.db, { providers: 2 });
    const [busier, lighter] = providers as [(typeof providers)[0], (typeof providers)[0]];
    const someone = await createPatient(testDb.db);
    const date = dateAhead(8);
    await createAppointment(testDb.db, { patientId: someone.patientId, providerId: busier.id, serviceId: service.id, locationId: location.id, startsAt: at(date, "15:00") });
    const [first, second, third] = await createPatients(testDb.db, 3);
    const book = (patient: typeof first, time: string) =>
      callerFor(testDb.db, patient!.session).patient.appointments.book({
        serviceId: service.id,
        locationId: location.id,
        providerId: "any",
        start: zoned(at(date, time)),
        idempotencyKey: key(),
      });

    expect((await book(first, "10:00")).provider.id).toBe(lighter.id);
    expect((await book(second, "10:00")).provider.id).toBe(busier.id);
    await expect(book(third, "10:00")).rejects.toMatchObject({ code: "CONFLICT", message: TAKEN });
  });

  it("refuses a patient who already has an appointment then, with any provider", async () => {
    const { location, service, providers } = await createBookingClinic(testDb.db, { providers: 2 });
    const patient = await createPatient(testDb.db);
    const date = dateAhead(9);
    await createAppointment(testDb.db, { patientId: patient.patientId, providerId: providers[0]!.id, serviceId: service.id, locationId: location.id, startsAt: at(date, "10:00") });

    await expect(
      callerFor(testDb.db, patient.session).patient.appointments.book({
        serviceId: service.id,
        locationId: location.id,
        providerId: providers[1]!.id,
        start: zoned(at(date, "10:30")),
        idempotencyKey: key(),
      }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: "You already have an appointment at that time." });
  });

  it("refuses starts the rules do not offer, each with a sentence, and writes nothing", async () => {
    const { location, service, providers } = await createBookingClinic(testDb.db, { policy: { bookingHorizonDays: 30 } });
    const patient = await createPatient(testDb.db);
    const book = (start: Date) =>
      callerFor(testDb.db, patient.session).patient.appointments.book({
        serviceId: service.id,
        locationId: location.id,
        providerId: providers[0]!.id,
        start: zoned(start),
        idempotencyKey: key(),
      });
    const date = dateAhead(5);

    await expect(book(at(date, "10:07"))).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "That is not one of the bookable times. Please pick a time from the list.",
    });
    await expect(book(at(date, "16:30"))).rejects.toMatchObject({
      code: "CONFLICT",
      message: "That time is no longer available. Please pick a time from the list.",
    });
    await expect(book(new Date(Math.ceil((Date.now() + 3_600_000) / 900_000) * 900_000))).rejects.toMatchObject({
      code: "CONFLICT",
      message: `That time is too soon to book online: visits need 12 hours notice. Please pick a later time, or call Riverbend Downtown at ${location.phone}.`,
    });
    await expect(book(at(dateAhead(31), "10:00"))).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "Online booking is open up to 30 days ahead. Please pick an earlier date.",
    });
    expect(await countRows(testDb.db, sql`select count(*) from appointments where patient_id = ${patient.patientId}`)).toBe(0);
  });

  it("writes no outbox row, reminder or audit event when the booking fails", async () => {
    const { location, service, providers } = await createBookingClinic(testDb.db);
    const [holder, latecomer] = await createPatients(testDb.db, 2);
    const start = at(dateAhead(6), "13:00");
    const input = { serviceId: service.id, locationId: location.id, providerId: providers[0]!.id, start: zoned(start) };
    const held = await callerFor(testDb.db, holder!.session).patient.appointments.book({ ...input, idempotencyKey: key() });
    const counts = async () => ({
      outbox: await countRows(testDb.db, sql`select count(*) from email_outbox`),
      jobs: await countRows(testDb.db, sql`select count(*) from graphile_worker.jobs where task_identifier = 'appointment_reminder'`),
      audits: await countRows(testDb.db, sql`select count(*) from audit_events where patient_id = ${latecomer!.patientId}`),
    });
    const before = await counts();

    await expect(callerFor(testDb.db, latecomer!.session).patient.appointments.book({ ...input, idempotencyKey: key() })).rejects.toMatchObject({
      code: "CONFLICT",
    });

    expect(await counts()).toEqual(before);
    expect(await reminderJobOf(testDb.db, held.id)).not.toBeNull();
  });

  it("answers NOT_FOUND for a provider who does not offer the service at the location, and BAD_REQUEST for a malformed start", async () => {
    const { location, service } = await createBookingClinic(testDb.db);
    const stranger = await createProvider(testDb.db, { locationIds: [location.id] });
    await createWeeklyHours(testDb.db, { providerId: stranger.id, locationId: location.id, weekday: 1, start: "09:00", end: "17:00" });
    const patient = await createPatient(testDb.db);
    const input = { serviceId: service.id, locationId: location.id, providerId: stranger.id, start: zoned(at(dateAhead(5), "10:00")), idempotencyKey: key() };

    await expect(callerFor(testDb.db, patient.session).patient.appointments.book(input)).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "That provider does not offer this service at this location.",
    });
    const malformed = await callOverHttp(patientRouter, {
      db: testDb.db,
      user: patient.session,
      path: "appointments.book",
      type: "mutation",
      input: { ...input, start: "tomorrow at ten" },
    });
    expect(malformed.error?.data.zodError?.fieldErrors.start).toEqual(["Choose a time from the list."]);
  });
});
