import { createTestDatabase, type TestDatabase } from "@clinic/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, createLocation, createProvider, createService } from "../../testing/fixtures";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
  const downtown = await createLocation(testDb.db, { name: "Downtown Austin", slug: "downtown" });
  const west = await createLocation(testDb.db, { name: "West El Paso", slug: "west-el-paso", timeZone: "America/Denver" });
  const consult = await createService(testDb.db, { name: "Initial pain consultation" });
  const retired = await createService(testDb.db, { name: "Retired service", active: false });
  const massage = await createService(testDb.db, { name: "Therapeutic massage", category: "massage_therapy" });
  await createProvider(testDb.db, {
    name: "Dr. Maya Okafor",
    locationIds: [west.id, downtown.id],
    serviceIds: [consult.id, retired.id],
  });
  await createProvider(testDb.db, { name: "Elena Park", disciplines: ["massage_therapy"], locationIds: [downtown.id], serviceIds: [massage.id] });
  await createProvider(testDb.db, { name: "Former Provider", active: false });
});
afterAll(() => testDb.drop());

describe("providers.list", () => {
  it("lists active providers with their locations and active services", async () => {
    const providers = await callerFor(testDb.db, null).patient.providers.list();
    expect(providers.map((p) => p.name)).toEqual(["Dr. Maya Okafor", "Elena Park"]);
    const maya = providers[0];
    expect(maya?.locations.map((l) => l.slug)).toEqual(["downtown", "west-el-paso"]);
    expect(maya?.services.map((s) => s.name)).toEqual(["Initial pain consultation"]);
    expect(maya).toMatchObject({ disciplines: ["interventional_pain"], photo: null });
  });

  it("narrows to providers of one discipline", async () => {
    const providers = await callerFor(testDb.db, null).patient.providers.list({ category: "massage_therapy" });
    expect(providers.map((p) => p.name)).toEqual(["Elena Park"]);
  });
});
