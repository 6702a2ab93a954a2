import { createTestDatabase, type TestDatabase } from "@clinic/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, createLocation, createProvider, createService, createWeeklyHours, linkProvider } from "../../testing/fixtures";
import { createBookingClinic } from "../appointments/booking-test-clinic";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb.drop());

describe("availability.options", () => {
  it("lists the locations where active providers offering the service have hours, with those providers", async () => {
    const { location, service, providers } = await createBookingClinic(testDb.db, { providers: 2 });
    const elPaso = await createLocation(testDb.db, { name: "West El Paso", timeZone: "America/Denver", city: "El Paso" });
    const travelling = providers[0]!;
    await createWeeklyHours(testDb.db, { providerId: travelling.id, locationId: elPaso.id, weekday: 2, start: "08:00", end: "12:00" });
    // Linked to El Paso but without hours there: not bookable there.
    const noHours = await createProvider(testDb.db, { locationIds: [elPaso.id], serviceIds: [service.id] });
    // Has hours at El Paso but does not work there (no provider_locations row): not bookable there.
    await createWeeklyHours(testDb.db, { providerId: providers[1]!.id, locationId: elPaso.id, weekday: 3, start: "08:00", end: "12:00" });
    const inactive = await createProvider(testDb.db, { locationIds: [elPaso.id], serviceIds: [service.id], active: false });
    await createWeeklyHours(testDb.db, { providerId: inactive.id, locationId: elPaso.id, weekday: 1, start: "08:00", end: "12:00" });
    await linkProvider(testDb.db, { providerId: travelling.id, locationId: elPaso.id });

    const options = await callerFor(testDb.db, null).patient.availability.options({ serviceId: service.id });

    expect(options.service).toMatchObject({
      id: service.id,
      name: "Physical therapy session",
      category: "physical_therapy",
      categoryLabel: "Physical therapy",
      durationMinutes: 60,
      changeCutoffMinutes: 1440,
    });
    expect(options.locations.map((l) => l.name)).toEqual(["Riverbend Downtown", "West El Paso"]);
    expect(options.locations[0]).toMatchObject({ id: location.id, timeZone: "America/Chicago" });
    expect(options.locations[0]!.providers.map((p) => p.id).sort()).toEqual(providers.map((p) => p.id).sort());
    expect(options.locations[1]).toMatchObject({ id: elPaso.id, city: "El Paso", timeZone: "America/Denver" });
    expect(options.locations[1]!.providers.map((p) => p.id)).toEqual([travelling.id]);
    expect(JSON.stringify(options)).not.toContain(noHours.id);
  });

  it("answers NOT_FOUND for an unknown or inactive service", async () => {
    const inactive = await createService(testDb.db, { active: false });
    const caller = callerFor(testDb.db, null).patient.availability;
    await expect(caller.options({ serviceId: inactive.id })).rejects.toMatchObject({ code: "NOT_FOUND", message: "That service was not found." });
    await expect(caller.options({ serviceId: "00000000-0000-4000-8000-000000000000" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
