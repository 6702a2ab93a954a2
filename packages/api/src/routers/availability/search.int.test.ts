import { createTestDatabase, type TestDatabase } from "@clinic/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { patientRouter } from "../../patient-router";
import {
  callerFor,
  createAppointment,
  createLocation,
  createPatient,
  createProvider,
  createScheduleException,
  createWeeklyHours,
} from "../../testing/fixtures";
import { callOverHttp } from "../../testing/http";
import { at, createBookingClinic, dateAhead, zoned } from "../appointments/booking-test-clinic";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb.drop());

const anonymous = () => callerFor(testDb.db, null).patient.availability;

/** "HH:MM" of each slot start on `date`, read from the ISO string the patient site receives. */
async function startTimes(input: Parameters<ReturnType<typeof anonymous>["search"]>[0], caller = anonymous()) {
  const result = await caller.search(input);
  return result.days.find((day) => day.date === input.from)?.slots.map((slot) => slot.start.slice(11, 16)) ?? [];
}

describe("availability.search", () => {
  it("lists a provider's starts inside their hours, every 15 minutes, with the location's offset and zone", async () => {
    const { location, service, providers } = await createBookingClinic(testDb.db, { policy: { minNoticeMinutes: 0 } });
    const date = dateAhead(7);
    const result = await anonymous().search({ serviceId: service.id, locationId: location.id, providerId: providers[0]!.id, from: date, to: dateAhead(8) });

    expect(result.timeZone).toBe("America/Chicago");
    expect(result.days.map((day) => day.date)).toEqual([date, dateAhead(8)]);
    const slots = result.days[0]!.slots;
    // 09:00 to 16:00 (a 60-minute visit must end by 17:00): 29 starts.
    expect(slots).toHaveLength(29);
    expect(slots[0]).toEqual({ start: zoned(at(date, "09:00")), providers: [0] });
    expect(slots[0]!.start).toMatch(/^\d{4}-\d\d-\d\dT09:00:00-0[56]:00$/);
    expect(slots.at(-1)!.start.slice(11, 16)).toBe("16:00");
    expect(result.providers).toEqual([{ id: providers[0]!.id, name: providers[0]!.name, title: providers[0]!.title }]);
    expect(result.location).toEqual({ id: location.id, name: "Riverbend Downtown", phone: location.phone });
    expect(result.lastBookableDate).toBe(dateAhead(60));
  });

  it("keeps appointments and both sides' buffers free, counts appointments at other locations, and ignores cancelled ones", async () => {
    const { location, service, providers } = await createBookingClinic(testDb.db, { policy: { minNoticeMinutes: 0, bufferAfterMinutes: 15 } });
    const provider = providers[0]!;
    const elsewhere = await createLocation(testDb.db, { name: "West El Paso", timeZone: "America/Denver" });
    const patient = await createPatient(testDb.db);
    const date = dateAhead(5);
    const common = { patientId: patient.patientId, providerId: provider.id, serviceId: service.id, minutes: 60 };
    // 11:00–12:00 here, with 15 minutes held afterwards: [11:00, 12:15).
    await createAppointment(testDb.db, { ...common, locationId: location.id, startsAt: at(date, "11:00"), bufferAfterMinutes: 15 });
    // 14:00–15:00 at the other location still holds the provider.
    await createAppointment(testDb.db, { ...common, locationId: elsewhere.id, startsAt: at(date, "14:00") });
    // A cancelled visit holds nothing.
    await createAppointment(testDb.db, { ...common, locationId: location.id, startsAt: at(date, "09:00"), status: "cancelled" });

    const times = await startTimes({ serviceId: service.id, locationId: location.id, providerId: provider.id, from: date, to: date });

    // A new visit holds [start, start + 75 min): it must end by 11:00 and may begin at 12:15.
    expect(times).toContain("09:00");
    expect(times).toContain("09:45");
    expect(times).not.toContain("10:00");
    expect(times).not.toContain("12:00");
    expect(times).toContain("12:15");
    expect(times).toContain("12:45");
    expect(times).not.toContain("13:00");
    expect(times).not.toContain("14:45");
    expect(times).toContain("15:00");
  });

  it('lists every free provider per start for "any"', async () => {
    const { location, service, providers } = await createBookingClinic(testDb.db, { providers: 2, policy: { minNoticeMinutes: 0 } });
    const [first, second] = providers as [(typeof providers)[0], (typeof providers)[0]];
    const patient = await createPatient(testDb.db);
    const date = dateAhead(6);
    await createAppointment(testDb.db, {
      patientId: patient.patientId,
      providerId: first.id,
      serviceId: service.id,
      locationId: location.id,
      startsAt: at(date, "10:00"),
    });

    const result = await anonymous().search({ serviceId: service.id, locationId: location.id, providerId: "any", from: date, to: date });
    const slotAt = (time: string) => result.days[0]!.slots.find((slot) => slot.start.slice(11, 16) === time);
    const freeAt = (time: string) => slotAt(time)!.providers.map((index) => result.providers[index]!.id);

    expect(result.providers.map((p) => p.id).sort()).toEqual([first.id, second.id].sort());
    expect(freeAt("09:00").sort()).toEqual([first.id, second.id].sort());
    expect(freeAt("10:00")).toEqual([second.id]);
    expect(freeAt("10:45")).toEqual([second.id]);
    expect(freeAt("11:00").sort()).toEqual([first.id, second.id].sort());
  });

  it("applies time off (everywhere or here) and extra hours, but not exceptions at another location", async () => {
    const { location, service, providers } = await createBookingClinic(testDb.db, { policy: { minNoticeMinutes: 0 } });
    const provider = providers[0]!;
    const elsewhere = await createLocation(testDb.db);
    const off = dateAhead(9);
    const partly = dateAhead(10);
    await createScheduleException(testDb.db, { providerId: provider.id, date: off });
    await createScheduleException(testDb.db, { providerId: provider.id, date: partly, locationId: location.id, start: "09:00", end: "12:00" });
    await createScheduleException(testDb.db, { providerId: provider.id, date: partly, locationId: elsewhere.id, start: "12:00", end: "17:00" });
    await createScheduleException(testDb.db, {
      providerId: provider.id,
      date: partly,
      locationId: location.id,
      kind: "extra_hours",
      start: "17:00",
      end: "19:00",
    });
    const search = (date: string) => startTimes({ serviceId: service.id, locationId: location.id, providerId: provider.id, from: date, to: date });

    expect(await search(off)).toEqual([]);
    const times = await search(partly);
    expect(times[0]).toBe("12:00");
    expect(times).toContain("16:00");
    expect(times.at(-1)).toBe("18:00");
  });

  it("offers nothing before the minimum notice or after the booking horizon", async () => {
    const { location, service, providers } = await createBookingClinic(testDb.db, { policy: { bookingHorizonDays: 3 } });
    const result = await anonymous().search({
      serviceId: service.id,
      locationId: location.id,
      providerId: providers[0]!.id,
      from: dateAhead(-2),
      to: dateAhead(6),
    });
    const earliest = Date.now() + 12 * 3_600_000;
    const starts = result.days.flatMap((day) => day.slots.map((slot) => Date.parse(slot.start)));
    expect(starts.length).toBeGreaterThan(0);
    expect(Math.min(...starts)).toBeGreaterThanOrEqual(earliest - 1000);
    expect(result.days.filter((day) => day.slots.length > 0).at(-1)!.date).toBe(dateAhead(3));
    expect(result.days).toHaveLength(9);
    expect(result.lastBookableDate).toBe(dateAhead(3));
  });

  it("answers NOT_FOUND with a sentence for an unknown service, location, or a provider who cannot be booked there", async () => {
    const { location, service, providers } = await createBookingClinic(testDb.db);
    const outsider = await createProvider(testDb.db, { locationIds: [location.id] });
    const noHoursHere = await createProvider(testDb.db, { locationIds: [location.id], serviceIds: [service.id] });
    const inactive = await createProvider(testDb.db, { locationIds: [location.id], serviceIds: [service.id], active: false });
    await createWeeklyHours(testDb.db, { providerId: inactive.id, locationId: location.id, weekday: 1, start: "09:00", end: "17:00" });
    const retired = await createProvider(testDb.db, { locationIds: [location.id], serviceIds: [service.id] });
    await createWeeklyHours(testDb.db, {
      providerId: retired.id,
      locationId: location.id,
      weekday: 1,
      start: "09:00",
      end: "17:00",
      effectiveFrom: dateAhead(-90),
      effectiveTo: dateAhead(-30),
    });
    const date = dateAhead(3);
    const base = { serviceId: service.id, locationId: location.id, providerId: providers[0]!.id, from: date, to: date };
    const missing = "00000000-0000-4000-8000-000000000000";

    await expect(anonymous().search({ ...base, serviceId: missing })).rejects.toMatchObject({ code: "NOT_FOUND", message: "That service was not found." });
    await expect(anonymous().search({ ...base, locationId: missing })).rejects.toMatchObject({ code: "NOT_FOUND", message: "That location was not found." });
    for (const providerId of [missing, outsider.id, noHoursHere.id, inactive.id, retired.id]) {
      await expect(anonymous().search({ ...base, providerId })).rejects.toMatchObject({
        code: "NOT_FOUND",
        message: "That provider does not offer this service at this location.",
      });
    }
  });

  it("answers BAD_REQUEST with field messages for a reversed or too long range, or a malformed date", async () => {
    const { location, service } = await createBookingClinic(testDb.db);
    const base = { serviceId: service.id, locationId: location.id, providerId: "any" };
    const call = (input: object) => callOverHttp(patientRouter, { db: testDb.db, user: null, path: "availability.search", type: "query", input: { ...base, ...input } });

    const reversed = await call({ from: "2027-03-14", to: "2027-03-13" });
    expect(reversed.status).toBe(400);
    expect(reversed.error?.data.zodError?.fieldErrors.to).toEqual(["The end date must not be before the start date."]);
    const tooLong = await call({ from: "2027-03-01", to: "2027-06-01" });
    expect(tooLong.error?.data.zodError?.fieldErrors.to).toEqual(["Search at most 62 days at a time."]);
    const malformed = await call({ from: "03/14/2027", to: "2027-03-14" });
    expect(malformed.error?.data.zodError?.fieldErrors.from).toEqual(["Use a date like 2027-03-14."]);
  });

  it("frees the time of the appointment being rescheduled only for the patient who owns it", async () => {
    const { location, service, providers } = await createBookingClinic(testDb.db, { policy: { minNoticeMinutes: 0 } });
    const provider = providers[0]!;
    const owner = await createPatient(testDb.db);
    const other = await createPatient(testDb.db);
    const date = dateAhead(4);
    const appointment = await createAppointment(testDb.db, {
      patientId: owner.patientId,
      providerId: provider.id,
      serviceId: service.id,
      locationId: location.id,
      startsAt: at(date, "10:00"),
    });
    const input = { serviceId: service.id, locationId: location.id, providerId: provider.id, from: date, to: date, reschedulingId: appointment.id };

    const asOwner = await startTimes(input, callerFor(testDb.db, owner.session).patient.availability);
    expect(asOwner).toContain("10:00");
    expect(asOwner).toContain("10:15");
    for (const caller of [anonymous(), callerFor(testDb.db, other.session).patient.availability]) {
      const times = await startTimes(input, caller);
      expect(times).not.toContain("10:00");
      expect(times).not.toContain("10:15");
      expect(times).toContain("11:00");
    }
  });
});
