import { createTestDatabase, type TestDatabase } from "@clinic/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { patientRouter } from "../../patient-router";
import { callerFor, createService } from "../../testing/fixtures";
import { callOverHttp } from "../../testing/http";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
  await createService(testDb.db, { name: "Therapeutic massage (90 min)", category: "massage_therapy", durationMinutes: 90 });
  await createService(testDb.db, { name: "Pain follow-up", category: "interventional_pain", durationMinutes: 30 });
  await createService(testDb.db, { name: "Initial pain consultation", category: "interventional_pain" });
  await createService(testDb.db, { name: "Retired service", category: "interventional_pain", active: false });
});
afterAll(() => testDb.drop());

describe("services.list", () => {
  it("lists active services by discipline, then name, with the discipline's label", async () => {
    const services = await callerFor(testDb.db, null).patient.services.list();
    expect(services.map((s) => s.name)).toEqual(["Initial pain consultation", "Pain follow-up", "Therapeutic massage (90 min)"]);
    expect(services[2]).toMatchObject({ category: "massage_therapy", categoryLabel: "Massage therapy", durationMinutes: 90 });
    expect(Object.keys(services[0] ?? {}).sort()).toEqual(
      ["category", "categoryLabel", "description", "durationMinutes", "id", "name", "slug"],
    );
  });

  it("narrows to one discipline", async () => {
    const services = await callerFor(testDb.db, null).patient.services.list({ category: "massage_therapy" });
    expect(services.map((s) => s.name)).toEqual(["Therapeutic massage (90 min)"]);
  });

  it("answers an unknown discipline with BAD_REQUEST and a field message", async () => {
    const response = await callOverHttp(patientRouter, {
      db: testDb.db,
      user: null,
      path: "services.list",
      type: "query",
      input: { category: "astrology" },
    });
    expect(response.status).toBe(400);
    expect(response.error?.data.code).toBe("BAD_REQUEST");
    expect(response.error?.data.zodError?.fieldErrors.category?.[0]).toMatch(/expected one of/i);
  });
});
