import { createTestDatabase, type TestDatabase } from "@clinic/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, createAppointment, createPatient, createProvider, createStaff, createWeeklyHours } from "../../testing/fixtures";
import { at, createBookingClinic, dateAhead } from "../appointments/booking-test-clinic";

let testDb: TestDatabase;
let clinic: Awaited<ReturnType<typeof createBookingClinic>>;
let providerUser: Awaited<ReturnType<typeof createStaff>>;
let ownProviderId: string;

beforeAll(async () => {
  testDb = await createTestDatabase();
  // Two providers working 09:00–17:00 every day at one Chicago location.
  clinic = await createBookingClinic(testDb.db, { providers: 2 });
  const { location, service, providers } = clinic;
  providerUser = await createStaff(testDb.db, "provider");
  const own = await createProvider(testDb.db, { name: "Dr. Own", userId: providerUser.id, locationIds: [location.id], serviceIds: [service.id] });
  ownProviderId = own.id;
  await createWeeklyHours(testDb.db, { providerId: own.id, locationId: location.id, weekday: 1, start: "09:00", end: "10:00" });

  const patients = await Promise.all([1, 2, 3, 4, 5].map(() => createPatient(testDb.db)));
  const visit = (index: number, startsAt: Date, status: "booked" | "no_show" | "completed" | "cancelled", minutes = 60) =>
    createAppointment(testDb.db, {
      patientId: patients[index]!.patientId,
      providerId: providers[0]!.id,
      serviceId: service.id,
      locationId: location.id,
      startsAt,
      minutes,
      status,
    });
  // Ahead, inside working time: 60 + 30 minutes, 15 of them held after the visit.
  await visit(0, at(dateAhead(2), "10:00"), "booked");
  await createAppointment(testDb.db, {
    patientId: patients[1]!.patientId,
    providerId: providers[0]!.id,
    serviceId: service.id,
    locationId: location.id,
    startsAt: at(dateAhead(3), "16:30"),
    minutes: 15,
    bufferAfterMinutes: 15,
  });
  // Past: one no-show, three visits that happened, one cancelled, one too long ago to count.
  await visit(2, at(dateAhead(-2), "10:00"), "no_show");
  await visit(3, at(dateAhead(-3), "10:00"), "completed");
  await visit(4, at(dateAhead(-4), "10:00"), "completed");
  await visit(0, at(dateAhead(-5), "10:00"), "completed");
  await visit(1, at(dateAhead(-6), "10:00"), "cancelled");
  await visit(2, at(dateAhead(-40), "10:00"), "no_show");
  await createAppointment(testDb.db, {
    patientId: patients[3]!.patientId,
    providerId: own.id,
    serviceId: service.id,
    locationId: location.id,
    startsAt: at(dateAhead(-1), "09:00"),
    status: "no_show",
  });
});
afterAll(() => testDb.drop());

describe("dashboard.insights", () => {
  it("gives each provider's held minutes over their working minutes for the next 14 days", async () => {
    const insights = await callerFor(testDb.db, await createStaff(testDb.db, "front_desk")).staff.dashboard.insights();
    expect(insights.utilisation.from).toBe(dateAhead(0));
    expect(insights.utilisation.to).toBe(dateAhead(13));
    const [first, second] = clinic.providers;
    const row = (id: string) => insights.utilisation.providers.find((p) => p.id === id);
    expect(row(first!.id)).toMatchObject({ workingMinutes: 14 * 480, bookedMinutes: 90, ratio: 90 / (14 * 480) });
    expect(row(second!.id)).toMatchObject({ workingMinutes: 14 * 480, bookedMinutes: 0, ratio: 0 });
    // Dr. Own works one hour on Mondays: two Mondays in any 14 days.
    expect(row(ownProviderId)).toMatchObject({ workingMinutes: 120, bookedMinutes: 0 });
  });

  it("gives the no-show rate of the last 30 days over visits that were due", async () => {
    const insights = await callerFor(testDb.db, await createStaff(testDb.db, "admin")).staff.dashboard.insights();
    // No-shows 2 (one each provider) of 5 due visits (3 completed); the cancelled and the 40-day-old ones do not count.
    expect(insights.noShows).toMatchObject({ noShows: 2, visits: 5, rate: 0.4 });
    expect(insights.today).toEqual([
      expect.objectContaining({ id: clinic.location.id, date: dateAhead(0), counts: expect.objectContaining({ booked: expect.any(Number) }) }),
    ]);
  });

  it("shows a provider only their own figures", async () => {
    const insights = await callerFor(testDb.db, providerUser).staff.dashboard.insights();
    expect(insights.utilisation.providers.map((p) => p.id)).toEqual([ownProviderId]);
    expect(insights.noShows).toMatchObject({ noShows: 1, visits: 1, rate: 1 });
  });

  it("counts today's visits by status at each location", async () => {
    const patient = await createPatient(testDb.db);
    const before = await callerFor(testDb.db, await createStaff(testDb.db, "admin")).staff.dashboard.insights();
    await createAppointment(testDb.db, {
      patientId: patient.patientId,
      providerId: clinic.providers[1]!.id,
      serviceId: clinic.service.id,
      locationId: clinic.location.id,
      startsAt: at(dateAhead(0), "23:00"),
      status: "checked_in",
    });
    const after = await callerFor(testDb.db, await createStaff(testDb.db, "admin")).staff.dashboard.insights();
    expect(after.today[0]!.counts.checked_in).toBe(before.today[0]!.counts.checked_in + 1);
  });
});
