import { appointments, auditEvents, emailOutbox, providers } from "@clinic/db/schema";
import { createTestDatabase, type TestDatabase } from "@clinic/db/testing";
import { and, eq } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, createAppointment, createPatient, createStaff } from "../../testing/fixtures";
import { at, createBookingClinic, createClinicWithVisit, createPatients, dateAhead, zoned } from "../appointments/booking-test-clinic";

let testDb: TestDatabase;
beforeAll(async () => {
  // Enough connections for 51 bookings at once to really contend.
  testDb = await createTestDatabase({ max: 20 });
});
afterAll(() => testDb.drop());

const key = () => `key-${randomUUID()}`;

async function visitRow(id: string) {
  const [row] = await testDb.db.select().from(appointments).where(eq(appointments.id, id));
  return row!;
}

describe("visits.bookForPatient", () => {
  it("one staff booking and 50 patient bookings racing for one slot make exactly one appointment", async () => {
    const { location, service, providers: [provider] } = await createBookingClinic(testDb.db);
    const desk = await createStaff(testDb.db, "front_desk");
    const patients = await createPatients(testDb.db, 51);
    const start = zoned(at(dateAhead(4), "11:00"));
    const input = { serviceId: service.id, locationId: location.id, providerId: provider!.id, start };

    const [deskPatient, ...online] = patients;
    const results = await Promise.allSettled([
      callerFor(testDb.db, desk).staff.visits.bookForPatient({ ...input, patientId: deskPatient!.patientId, idempotencyKey: key() }),
      ...online.map((patient) => callerFor(testDb.db, patient.session).patient.appointments.book({ ...input, idempotencyKey: key() })),
    ]);

    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    for (const result of results) if (result.status === "rejected") expect(result.reason).toMatchObject({ code: "CONFLICT" });
    const held = await testDb.db
      .select()
      .from(appointments)
      .where(and(eq(appointments.providerId, provider!.id), eq(appointments.startsAt, new Date(start))));
    expect(held).toHaveLength(1);
  });

  it("waives the minimum notice only when staff say so, and records the waiver on the visit and in the audit", async () => {
    const { location, service, providers: [provider] } = await createBookingClinic(testDb.db, { policy: { minNoticeMinutes: 3 * 24 * 60 } });
    const desk = await createStaff(testDb.db, "front_desk");
    const patient = await createPatient(testDb.db);
    const book = callerFor(testDb.db, desk, { requestId: `desk-${randomUUID()}` }).staff.visits.bookForPatient;
    const input = { patientId: patient.patientId, serviceId: service.id, locationId: location.id, providerId: provider!.id, start: zoned(at(dateAhead(1), "10:00")) };

    await expect(book({ ...input, idempotencyKey: key() })).rejects.toMatchObject({ code: "CONFLICT" });
    const booked = await book({ ...input, overrides: ["minNotice"], idempotencyKey: key() });

    expect(await visitRow(booked.id)).toMatchObject({ ruleOverrides: ["minNotice"], createdByUserId: desk.id, status: "booked" });
    const [audit] = await testDb.db.select().from(auditEvents).where(and(eq(auditEvents.action, "appointment.booked"), eq(auditEvents.patientId, patient.patientId)));
    expect(audit).toMatchObject({ actorUserId: desk.id, actorRole: "front_desk", metadata: expect.objectContaining({ ruleOverrides: ["minNotice"] }) });
  });

  it("never waives an overlap: the patient's own visit at that time still refuses", async () => {
    const { location, service, providers: [first] } = await createBookingClinic(testDb.db, { providers: 1 });
    const other = await createBookingClinic(testDb.db, { providers: 1 });
    const desk = await createStaff(testDb.db, "admin");
    const patient = await createPatient(testDb.db);
    const start = at(dateAhead(5), "10:00");
    await createAppointment(testDb.db, { patientId: patient.patientId, providerId: other.providers[0]!.id, serviceId: other.service.id, locationId: other.location.id, startsAt: start });

    await expect(
      callerFor(testDb.db, desk).staff.visits.bookForPatient({
        patientId: patient.patientId,
        serviceId: service.id,
        locationId: location.id,
        providerId: first!.id,
        start: zoned(start),
        overrides: ["minNotice", "horizon", "changeCutoff"],
        idempotencyKey: key(),
      }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: "You already have an appointment at that time." });
  });
});

describe("visits.availability", () => {
  it("offers staff the times a waived notice opens, which patients do not see", async () => {
    const { location, service, providers: [provider] } = await createBookingClinic(testDb.db, { policy: { minNoticeMinutes: 3 * 24 * 60 } });
    const desk = callerFor(testDb.db, await createStaff(testDb.db, "front_desk"));
    const search = { serviceId: service.id, locationId: location.id, providerId: provider!.id, from: dateAhead(1), to: dateAhead(1) };
    const slotsOf = (result: { days: { slots: unknown[] }[] }) => result.days[0]!.slots.length;

    expect(slotsOf(await desk.patient.availability.search(search))).toBe(0);
    expect(slotsOf(await desk.staff.visits.availability({ search, overrides: [] }))).toBe(0);
    const waived = await desk.staff.visits.availability({ search, overrides: ["minNotice"] });
    expect(slotsOf(waived)).toBeGreaterThan(0);
    expect(waived.days[0]!.slots[0]!.start).toBe(zoned(at(dateAhead(1), "09:00")));
  });

  it("when moving a visit, offers its own time (it does not block itself); an unknown visit is NOT_FOUND", async () => {
    const { location, service, provider, visit } = await createClinicWithVisit(testDb.db, { startsAt: at(dateAhead(5), "10:00") });
    const desk = callerFor(testDb.db, await createStaff(testDb.db, "front_desk")).staff;
    const search = { serviceId: service.id, locationId: location.id, providerId: provider!.id, from: dateAhead(5), to: dateAhead(5) };
    const startsOf = (result: { days: { slots: { start: string }[] }[] }) => result.days[0]!.slots.map((slot) => slot.start);
    const own = zoned(at(dateAhead(5), "10:00"));

    expect(startsOf(await desk.visits.availability({ search, overrides: [] }))).not.toContain(own);
    expect(startsOf(await desk.visits.availability({ search: { ...search, reschedulingId: visit.id }, overrides: [] }))).toContain(own);
    await expect(desk.visits.availability({ search: { ...search, reschedulingId: randomUUID() }, overrides: [] })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("patients.create then booking by phone", () => {
  it("suggests a duplicate by name and date of birth, creates on confirmation, and emails the new record's address", async () => {
    const { location, service, providers: [provider] } = await createBookingClinic(testDb.db);
    const desk = await createStaff(testDb.db, "front_desk");
    const staff = callerFor(testDb.db, desk).staff;
    const existing = await createPatient(testDb.db, { name: "Morgan Lee", dateOfBirth: "1970-07-07" });

    const suggested = await staff.patients.create({ name: "morgan  LEE", dateOfBirth: "1970-07-07", phone: "(512) 555-0111" });
    expect(suggested).toEqual({ created: false, duplicates: [expect.objectContaining({ id: existing.patientId, name: "Morgan Lee" })] });

    const made = await staff.patients.create({
      name: "Morgan Lee",
      dateOfBirth: "1970-07-07",
      phone: "(512) 555-0111",
      email: `morgan-${randomUUID()}@example.test`,
      confirmNotDuplicate: true,
    });
    if (!made.created) throw new Error("expected a new record");
    const record = await staff.patients.detail({ patientId: made.patientId });
    expect(record).toMatchObject({ name: "Morgan Lee", phone: "(512) 555-0111", dateOfBirth: "1970-07-07" });
    expect((await staff.patients.search({ query: "Morgan" })).items.map((item) => item.id)).toContain(made.patientId);

    const booked = await staff.visits.bookForPatient({
      patientId: made.patientId,
      serviceId: service.id,
      locationId: location.id,
      providerId: "any",
      start: zoned(at(dateAhead(6), "09:00")),
      idempotencyKey: key(),
    });
    const [email] = await testDb.db.select().from(emailOutbox).where(eq(emailOutbox.dedupeKey, `appointment-confirmed:${booked.id}`));
    expect(email).toMatchObject({ toAddress: record.email, template: "appointment-confirmed" });
    expect(email!.textBody).toContain("Hello Morgan Lee,");
    expect((await staff.patients.detail({ patientId: made.patientId })).appointments.map((a) => a.id)).toEqual([booked.id]);
    expect(booked.provider.id).toBe(provider!.id);
  });

  it("the front desk corrects a record's contact details, audited by field name", async () => {
    const desk = await createStaff(testDb.db, "front_desk");
    const staff = callerFor(testDb.db, desk).staff;
    const made = await staff.patients.create({ name: `Sam Typo ${randomUUID()}`, dateOfBirth: "1990-01-01", phone: "512 555 0123" });
    if (!made.created) throw new Error("expected a new record");
    expect(await staff.patients.updateContact({ patientId: made.patientId, name: "Sam Fixed", phone: "512 555 0124", dateOfBirth: "1990-01-01" })).toMatchObject({
      name: "Sam Fixed",
      phone: "512 555 0124",
    });
    const [audit] = await testDb.db.select().from(auditEvents).where(and(eq(auditEvents.action, "patient.contact_updated"), eq(auditEvents.patientId, made.patientId)));
    expect(audit?.metadata).toMatchObject({ changedFields: ["name", "phone"] });
  });

  it("books a record without an email and writes no email", async () => {
    const { location, service } = await createBookingClinic(testDb.db);
    const staff = callerFor(testDb.db, await createStaff(testDb.db, "front_desk")).staff;
    const made = await staff.patients.create({ name: `No Email ${randomUUID()}`, dateOfBirth: "1990-01-01", phone: "512 555 0123" });
    if (!made.created) throw new Error("expected a new record");
    const booked = await staff.visits.bookForPatient({
      patientId: made.patientId,
      serviceId: service.id,
      locationId: location.id,
      providerId: "any",
      start: zoned(at(dateAhead(6), "10:00")),
      idempotencyKey: key(),
    });
    expect(await testDb.db.select().from(emailOutbox).where(eq(emailOutbox.dedupeKey, `appointment-confirmed:${booked.id}`))).toEqual([]);
  });
});

describe("visits.reschedule", () => {
  it("moves a visit inside the notice only with the notice waived, records it and emails the patient", async () => {
    const { patient, visit } = await createClinicWithVisit(testDb.db, { startsAt: at(dateAhead(6), "10:00"), policy: { minNoticeMinutes: 3 * 24 * 60 } });
    const staff = callerFor(testDb.db, await createStaff(testDb.db, "front_desk")).staff;
    const to = zoned(at(dateAhead(1), "14:00"));

    await expect(staff.visits.reschedule({ id: visit.id, start: to })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await staff.visits.reschedule({ id: visit.id, start: to, overrides: ["minNotice"] })).toMatchObject({
      startsAt: new Date(to),
      status: "booked",
      ruleOverrides: ["minNotice"],
    });
    const emails = await testDb.db.select().from(emailOutbox).where(and(eq(emailOutbox.toAddress, patient.email), eq(emailOutbox.template, "appointment-rescheduled")));
    expect(emails).toHaveLength(1);
  });
});

describe("visit status changes", () => {
  async function bookedVisit(status: "booked" | "checked_in" = "booked") {
    const { visit, provider, patient } = await createClinicWithVisit(testDb.db, { startsAt: at(dateAhead(3), "10:00"), status });
    return { visit, provider, patient };
  }

  it("checks in then completes; a no-show after check-in is refused with a sentence", async () => {
    const { visit } = await bookedVisit();
    const staff = callerFor(testDb.db, await createStaff(testDb.db, "front_desk")).staff;
    expect(await staff.visits.checkIn({ id: visit.id })).toMatchObject({ status: "checked_in", allowedActions: ["complete", "cancel"] });
    await expect(staff.visits.markNoShow({ id: visit.id })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "This visit is checked in, so it cannot be marked as a no-show. The patient checked in, so they came.",
    });
    expect(await staff.visits.complete({ id: visit.id })).toMatchObject({ status: "completed", allowedActions: [] });
    await expect(staff.visits.cancel({ id: visit.id, reason: "Too late" })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await visitRow(visit.id)).toMatchObject({ status: "completed", checkedInAt: expect.any(Date), completedAt: expect.any(Date) });
  });

  it("a booked visit cannot be completed without check-in", async () => {
    const { visit } = await bookedVisit();
    const staff = callerFor(testDb.db, await createStaff(testDb.db, "admin")).staff;
    await expect(staff.visits.complete({ id: visit.id })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await visitRow(visit.id)).status).toBe("booked");
  });

  it("of a concurrent check-in and no-show exactly one wins", async () => {
    for (let round = 0; round < 5; round++) {
      const { visit } = await bookedVisit();
      const staff = callerFor(testDb.db, await createStaff(testDb.db, "front_desk")).staff;
      const results = await Promise.allSettled([staff.visits.checkIn({ id: visit.id }), staff.visits.markNoShow({ id: visit.id })]);
      const won = results.filter((result) => result.status === "fulfilled");
      expect(won).toHaveLength(1);
      const final = (await visitRow(visit.id)).status;
      expect(["checked_in", "no_show"]).toContain(final);
      expect(won[0]!.value.status).toBe(final);
      const lost = results.find((result) => result.status === "rejected");
      expect(lost?.reason).toMatchObject({ code: "CONFLICT" });
    }
  });

  it("cancel needs a reason, emails the patient, and inside the cutoff needs the waiver (recorded)", async () => {
    const { visit, patient } = await bookedVisit(); // three days ahead: outside the 24-hour cutoff
    const staff = callerFor(testDb.db, await createStaff(testDb.db, "front_desk")).staff;
    await expect(staff.visits.cancel({ id: visit.id, reason: " " })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await staff.visits.cancel({ id: visit.id, reason: "Provider ill" })).toMatchObject({ status: "cancelled", cancellationReason: "Provider ill" });
    const [email] = await testDb.db.select().from(emailOutbox).where(eq(emailOutbox.dedupeKey, `appointment-cancelled:${visit.id}`));
    expect(email).toMatchObject({ toAddress: patient.email, template: "appointment-cancelled" });

    const { location, service, providers: [provider] } = await createBookingClinic(testDb.db);
    const soon = await createAppointment(testDb.db, {
      patientId: patient.patientId,
      providerId: provider!.id,
      serviceId: service.id,
      locationId: location.id,
      startsAt: new Date(Date.now() + 2 * 3_600_000),
    });
    await expect(staff.visits.cancel({ id: soon.id, reason: "Patient called" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: 'This visit is inside its 24-hour change cutoff. Tick "Waive the change cutoff" to cancel it anyway.',
    });
    expect(await staff.visits.cancel({ id: soon.id, reason: "Patient called", overrides: ["changeCutoff"] })).toMatchObject({
      status: "cancelled",
      ruleOverrides: ["changeCutoff"],
    });
  });

  it("a provider changes their own visits and is refused, with a reason, for another provider's", async () => {
    const own = await bookedVisit();
    const others = await bookedVisit();
    const providerUser = await createStaff(testDb.db, "provider");
    await testDb.db.update(providers).set({ userId: providerUser.id }).where(eq(providers.id, own.provider.id));
    const staff = callerFor(testDb.db, providerUser).staff;

    expect(await staff.visits.byId({ id: own.visit.id })).toMatchObject({ id: own.visit.id, allowedActions: ["checkIn", "markNoShow"] });
    expect(await staff.visits.checkIn({ id: own.visit.id })).toMatchObject({ status: "checked_in" });
    const refusal = {
      code: "FORBIDDEN",
      message: "This visit is with another provider; providers see and change only their own visits. Ask the front desk for help.",
    };
    await expect(staff.visits.byId({ id: others.visit.id })).rejects.toMatchObject(refusal);
    await expect(staff.visits.markNoShow({ id: others.visit.id })).rejects.toMatchObject(refusal);
    await expect(staff.visits.cancel({ id: own.visit.id, reason: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await visitRow(others.visit.id)).status).toBe("booked");
  });
});
