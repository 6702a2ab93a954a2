import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { locations } from "../schema";
import { createTestDatabase, type TestDatabase } from "../testing";
import { createVisitClinic } from "../testing/visits";
import { loadCalendar } from "./calendar";

describe("loadCalendar", () => {
  let test: TestDatabase;
  let clinic: Awaited<ReturnType<typeof createVisitClinic>>;
  beforeAll(async () => {
    test = await createTestDatabase();
    clinic = await createVisitClinic(test.db);
    // Havana falls back from 01:00 to midnight: 2027-11-07 has midnight twice, at 04:00Z and 05:00Z.
    await test.db.update(locations).set({ timeZone: "America/Havana" }).where(eq(locations.id, clinic.location.id));
  });
  afterAll(() => test.drop());

  it("reads every visit starting on the local dates, from the earlier of a repeated midnight to the next midnight", async () => {
    const at = async (iso: string) => (await clinic.book({ startsAt: new Date(iso) })).id;
    const firstMidnight = await at("2027-11-07T04:00:00Z");
    const lastHour = await at("2027-11-08T04:00:00Z"); // 23:00 CST
    const state = await loadCalendar(test.db, { locationId: clinic.location.id, from: "2027-11-07", to: "2027-11-07", providerId: null, serviceId: null });
    expect(state.location?.timeZone).toBe("America/Havana");
    expect(state.visits.map((visit) => visit.id)).toEqual(expect.arrayContaining([firstMidnight, lastHour]));
    expect(state.availability.map((provider) => provider.busy)).toEqual([[]]);
  });

  it("leaves out visits far from the dates that the zone-blind window used to read", async () => {
    const dayBefore = (await clinic.book({ startsAt: new Date("2027-11-05T16:00:00Z") })).id;
    const state = await loadCalendar(test.db, { locationId: clinic.location.id, from: "2027-11-06", to: "2027-11-06", providerId: null, serviceId: null });
    // 11:00 Havana on the 5th: inside the old read (a day either side), outside the 6th's local day and its margin.
    expect(state.visits.map((visit) => visit.id)).not.toContain(dayBefore);
  });
});
