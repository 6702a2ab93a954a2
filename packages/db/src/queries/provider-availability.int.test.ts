import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readScope } from "@clinic/domain/scheduling/read-scope";
import { locationClosures, providerScheduleExceptions, providerWeeklyHours } from "../schema";
import { createTestDatabase, type TestDatabase } from "../testing";
import { createVisitClinic } from "../testing/visits";
import { availabilityColumns, scheduleColumns, toProviderAvailability } from "./provider-availability";

describe("scheduleColumns", () => {
  let test: TestDatabase;
  let clinic: Awaited<ReturnType<typeof createVisitClinic>>;
  beforeAll(async () => {
    test = await createTestDatabase();
    clinic = await createVisitClinic(test.db);
    const { provider, location } = clinic;
    await test.db.insert(providerWeeklyHours).values({ providerId: provider.id, locationId: location.id, weekday: 3, startTime: "09:00", endTime: "17:00" });
    await test.db.insert(providerScheduleExceptions).values({ providerId: provider.id, locationId: null, date: "2031-03-12", kind: "time_off", startTime: "12:00", endTime: "13:00" });
    await test.db.insert(locationClosures).values({ locationId: location.id, date: "2031-03-12", startTime: null, endTime: null, reason: "Inspection" });
    await clinic.book({ startsAt: new Date("2031-03-12T16:00:00Z") });
  });
  afterAll(() => test.drop());

  it("reads the hours, exceptions and closures availabilityColumns reads, and no held time", async () => {
    const scope = readScope("2031-03-12", "2031-03-12");
    const ids = sql`${clinic.provider.id}::uuid`;
    const read = async (columns: ReturnType<typeof sql>) =>
      toProviderAvailability([clinic.provider.id], (await test.db.execute(sql`select ${columns}`)).rows[0] as Parameters<typeof toProviderAvailability>[1]);
    const [all] = await read(availabilityColumns(ids, clinic.location.id, scope));
    const [schedule] = await read(scheduleColumns(ids, clinic.location.id, scope));
    expect(all?.busy).toHaveLength(1);
    expect(schedule).toEqual({ ...all, busy: [] });
    expect(schedule).toMatchObject({
      weeklyHours: [{ weekday: 3, start: "09:00", end: "17:00" }],
      exceptions: [{ date: "2031-03-12", kind: "time_off", start: "12:00", end: "13:00" }],
      closures: [{ date: "2031-03-12", start: null, end: null }],
    });
  });
});
