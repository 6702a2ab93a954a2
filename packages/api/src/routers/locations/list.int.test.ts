import { createTestDatabase, type TestDatabase } from "@clinic/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, createLocation } from "../../testing/fixtures";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb.drop());

describe("locations.list", () => {
  it("gives address, zone and opening hours, and no internal columns", async () => {
    await createLocation(testDb.db, { name: "West El Paso", timeZone: "America/Denver", city: "El Paso" });
    await createLocation(testDb.db, { name: "Downtown Austin" });

    const locations = await callerFor(testDb.db, null).patient.locations.list();

    expect(locations.map((l) => [l.name, l.timeZone])).toEqual([
      ["Downtown Austin", "America/Chicago"],
      ["West El Paso", "America/Denver"],
    ]);
    expect(locations[0]).toMatchObject({
      addressLine1: "100 Congress Ave",
      addressLine2: null,
      region: "TX",
      openingHours: [{ weekday: 1, opens: "08:00", closes: "17:00" }],
    });
    expect(locations[0]).not.toHaveProperty("createdAt");
  });
});
