import { createTestDatabase, type TestDatabase } from "@clinic/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, createLocation } from "../../testing/fixtures";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb.drop());

describe("clinic.info", () => {
  it("names the clinic, its three disciplines and its locations by name", async () => {
    await createLocation(testDb.db, { name: "West El Paso", slug: "west-el-paso", city: "El Paso", timeZone: "America/Denver" });
    await createLocation(testDb.db, { name: "Downtown Austin", slug: "downtown" });

    const info = await callerFor(testDb.db, null).patient.clinic.info();

    expect(info.name).toBe("Riverbend Pain & Wellness");
    expect(info.disciplines.map((d) => [d.category, d.label])).toEqual([
      ["interventional_pain", "Interventional pain management"],
      ["physical_therapy", "Physical therapy"],
      ["massage_therapy", "Massage therapy"],
    ]);
    expect(info.disciplines.every((d) => d.description.length > 20)).toBe(true);
    expect(info.locations.map((l) => [l.slug, l.city])).toEqual([
      ["downtown", "Austin"],
      ["west-el-paso", "El Paso"],
    ]);
  });
});
