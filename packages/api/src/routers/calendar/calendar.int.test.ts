import { auditEvents, patients } from "@clinic/db/schema";
import { createTestDatabase, type TestDatabase } from "@clinic/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { staffRouter } from "../../staff-router";
import {
  callerFor,
  createAppointment,
  createLocation,
  createPatient,
  createProvider,
  createScheduleException,
  createService,
  createStaff,
  createWeeklyHours,
  linkProvider,
} from "../../testing/fixtures";
import { callOverHttp } from "../../testing/http";

let testDb: TestDatabase;
let manhattan: Awaited<ReturnType<typeof createLocation>>;
let own: Awaited<ReturnType<typeof createProvider>>;
let other: Awaited<ReturnType<typeof createProvider>>;
let providerUser: Awaited<ReturnType<typeof createStaff>>;
let consult: Awaited<ReturnType<typeof createService>>;
let injection: Awaited<ReturnType<typeof createService>>;
const visits: Record<string, string> = {};

beforeAll(async () => {
  testDb = await createTestDatabase();
  manhattan = await createLocation(testDb.db, { name: "Midtown Manhattan", timeZone: "America/New_York", city: "New York" });
  consult = await createService(testDb.db, { name: "Consultation", durationMinutes: 30 });
  injection = await createService(testDb.db, { name: "Injection", durationMinutes: 30 });
  providerUser = await createStaff(testDb.db, "provider", { name: "Dr. Own" });
  own = await createProvider(testDb.db, { name: "Dr. Own", userId: providerUser.id, locationIds: [manhattan.id], serviceIds: [consult.id] });
  other = await createProvider(testDb.db, { name: "Dr. Other", locationIds: [manhattan.id], serviceIds: [consult.id, injection.id] });
  await linkProvider(testDb.db, { providerId: own.id });
  for (const provider of [own, other]) {
    for (let weekday = 1; weekday <= 7; weekday++) {
      await createWeeklyHours(testDb.db, { providerId: provider.id, locationId: manhattan.id, weekday, start: "09:00", end: "17:00" });
    }
  }
  await createScheduleException(testDb.db, { providerId: other.id, date: "2027-03-14", start: "12:00", end: "13:00" });
  const riley = await createPatient(testDb.db, { name: "Riley Spring" });
  const sam = await createPatient(testDb.db, { name: "Sam Other" });
  const book = async (key: string, providerId: string, serviceId: string, patientId: string, startsAt: string, extra = {}) => {
    const visit = await createAppointment(testDb.db, { patientId, providerId, serviceId, locationId: manhattan.id, startsAt: new Date(startsAt), minutes: 30, ...extra });
    visits[key] = visit.id;
  };
  await book("saturday", own.id, consult.id, riley.patientId, "2027-03-13T14:00:00Z"); // 09:00 EST
  await book("sunday", own.id, consult.id, riley.patientId, "2027-03-14T13:00:00Z", { bufferAfterMinutes: 15 }); // 09:00 EDT
  await book("othersSunday", other.id, injection.id, sam.patientId, "2027-03-14T14:00:00Z"); // 10:00 EDT
  await book("cancelled", other.id, consult.id, sam.patientId, "2027-03-14T18:00:00Z", { status: "cancelled" });
  // A record the front desk made for someone who phoned: no account, its own name.
  const [walkIn] = await testDb.db.insert(patients).values({ name: "Pat Phoned", phone: "(212) 555-0111" }).returning({ id: patients.id });
  await book("noAccount", other.id, consult.id, walkIn!.id, "2027-03-14T19:00:00Z"); // 15:00 EDT
});
afterAll(() => testDb.drop());

const sunday = () => ({ locationId: manhattan.id, date: "2027-03-14" });

describe("calendar.day", () => {
  it("draws New York's 23-hour day with a column per provider, time off, buffers and visits at local times", async () => {
    const desk = await createStaff(testDb.db, "front_desk");
    const result = await callerFor(testDb.db, desk, { requestId: "req-calendar-day" }).staff.calendar.day(sunday());
    expect(result.location).toMatchObject({ name: "Midtown Manhattan", timeZone: "America/New_York" });
    expect(result.providers.map((p) => p.name)).toEqual(["Dr. Other", "Dr. Own"]);
    const [day] = result.days;
    expect(day).toMatchObject({ date: "2027-03-14", lengthMinutes: 1380, startMs: Date.parse("2027-03-14T05:00:00Z") });
    expect(day?.hourMarks.slice(1, 3).map((mark) => mark.label)).toEqual(["1 AM", "3 AM"]);
    const [ofOther, ofOwn] = day?.columns ?? [];
    expect(ofOther).toMatchObject({
      providerId: other.id,
      // 12:00–13:00 EDT: eleven elapsed hours after midnight EST.
      timeOff: [{ startMinute: 660, endMinute: 720 }],
      working: [
        { startMinute: 480, endMinute: 660 },
        { startMinute: 720, endMinute: 960 },
      ],
    });
    // The cancelled visit is not drawn.
    expect(ofOther?.visits.map((v) => [v.id, v.startMinute, v.service.name, v.patient.name])).toEqual([
      [visits.othersSunday, 540, "Injection", "Sam Other"],
      [visits.noAccount, 840, "Consultation", "Pat Phoned"],
    ]);
    expect(ofOwn?.visits.map((v) => [v.id, v.startMinute, v.endMinute, v.status])).toEqual([[visits.sunday, 480, 510, "booked"]]);
    expect(ofOwn?.buffers).toEqual([{ startMinute: 510, endMinute: 525 }]);

    const audits = await testDb.db.select().from(auditEvents).where(eq(auditEvents.requestId, "req-calendar-day"));
    // One event per patient shown, the record without an account included.
    expect(audits.map((a) => [a.action, a.metadata])).toEqual([
      ["patient.listed", { via: "calendar.day" }],
      ["patient.listed", { via: "calendar.day" }],
      ["patient.listed", { via: "calendar.day" }],
    ]);
  });

  it("does not audit the same patients again when the same member of staff refreshes within the window", async () => {
    const desk = await createStaff(testDb.db, "front_desk");
    const listedBy = async (user: typeof desk) =>
      (await testDb.db.select().from(auditEvents).where(eq(auditEvents.actorUserId, user.id))).map((a) => [a.patientId, a.metadata.via]).sort();
    await callerFor(testDb.db, desk, { requestId: "req-first-look" }).staff.calendar.day(sunday());
    const first = await listedBy(desk);
    expect(first).toHaveLength(3);
    await callerFor(testDb.db, desk, { requestId: "req-refresh" }).staff.calendar.day(sunday());
    expect(await listedBy(desk)).toEqual(first);
    // Another list, or another person looking, is a new listing.
    await callerFor(testDb.db, desk).staff.calendar.week({ locationId: manhattan.id, date: "2027-03-14" });
    expect((await listedBy(desk)).filter(([, via]) => via === "calendar.week")).toHaveLength(3);
    const colleague = await createStaff(testDb.db, "front_desk");
    await callerFor(testDb.db, colleague).staff.calendar.day(sunday());
    expect(await listedBy(colleague)).toHaveLength(3);
  });

  it("narrows to the providers offering a service and that service's visits", async () => {
    const admin = await createStaff(testDb.db, "admin");
    const result = await callerFor(testDb.db, admin).staff.calendar.day({ ...sunday(), serviceId: injection.id });
    expect(result.providers.map((p) => p.id)).toEqual([other.id]);
    expect(result.days[0]?.columns[0]?.visits.map((v) => v.id)).toEqual([visits.othersSunday]);
  });

  it("shows a provider user only their own column, and refuses another provider's", async () => {
    const caller = callerFor(testDb.db, providerUser).staff.calendar;
    const result = await caller.day(sunday());
    expect(result.providers.map((p) => p.id)).toEqual([own.id]);
    expect(JSON.stringify(result)).not.toContain("Sam Other");
    expect((await caller.day({ ...sunday(), providerId: own.id })).providers).toHaveLength(1);
    await expect(caller.day({ ...sunday(), providerId: other.id })).rejects.toMatchObject({ code: "FORBIDDEN", message: "Providers see only their own calendar." });
    const choices = await caller.choices();
    expect(choices).toMatchObject({ ownProviderId: own.id, providers: [{ id: own.id }], locations: [{ id: manhattan.id }] });
  });

  it("answers an unknown location with 404 and a bad date with a field message", async () => {
    const admin = await createStaff(testDb.db, "admin");
    await expect(callerFor(testDb.db, admin).staff.calendar.day({ ...sunday(), locationId: "00000000-0000-4000-8000-000000000000" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const response = await callOverHttp(staffRouter, {
      db: testDb.db,
      user: admin,
      path: "calendar.day",
      type: "query",
      input: { ...sunday(), date: "2027-02-30" },
    });
    expect(response.status).toBe(400);
    expect(response.error?.data.zodError?.fieldErrors.date).toEqual(["Enter a date like 2026-03-08."]);
  });
});

describe("calendar.week", () => {
  it("runs Monday to Sunday of the DST week in New York's local time", async () => {
    const result = await callerFor(testDb.db, providerUser).staff.calendar.week({ locationId: manhattan.id, date: "2027-03-10" });
    expect(result.days.map((d) => d.date)).toEqual(["2027-03-08", "2027-03-09", "2027-03-10", "2027-03-11", "2027-03-12", "2027-03-13", "2027-03-14"]);
    expect(result.days.map((d) => d.lengthMinutes)).toEqual([1440, 1440, 1440, 1440, 1440, 1440, 1380]);
    // 09:00 on both Saturday (EST) and Sunday (EDT): nine wall hours, eight elapsed on the short day.
    expect(result.days[5]?.columns[0]?.visits.map((v) => [v.id, v.startMinute])).toEqual([[visits.saturday, 540]]);
    expect(result.days[6]?.columns[0]?.visits.map((v) => [v.id, v.startMinute])).toEqual([[visits.sunday, 480]]);
  });
});
