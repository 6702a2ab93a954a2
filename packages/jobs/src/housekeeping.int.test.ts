import { signInAttempts } from "@clinic/db/schema";
import { createTestDatabase, type TestDatabase } from "@clinic/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runHousekeeping } from "./housekeeping";

const HOUR = 60 * 60_000;
const NOW = new Date("2026-03-02T15:00:00Z");
const hoursAgo = (hours: number) => new Date(NOW.getTime() - hours * HOUR);

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb.drop());

async function attemptAt(emailKey: string, attemptedAt: Date) {
  await testDb.db.insert(signInAttempts).values({ emailKey, ip: "198.51.100.9", succeeded: false, attemptedAt });
}

async function remainingKeys(): Promise<string[]> {
  const rows = await testDb.db.select({ emailKey: signInAttempts.emailKey }).from(signInAttempts);
  return rows.map((row) => row.emailKey).sort();
}

describe("runHousekeeping", () => {
  it("deletes sign-in attempts older than a day and keeps the recent ones, on every run", async () => {
    await attemptAt("two-days-old@example.com", hoursAgo(48));
    await attemptAt("just-over-a-day@example.com", hoursAgo(24.1));
    await attemptAt("just-under-a-day@example.com", hoursAgo(23.9));
    await attemptAt("recent@example.com", hoursAgo(0.1));

    expect(await runHousekeeping(testDb.db, NOW)).toEqual({ signInAttemptsRemoved: 2 });
    expect(await remainingKeys()).toEqual(["just-under-a-day@example.com", "recent@example.com"]);
    // Running again at once finds nothing more; a day on, what has aged since goes too.
    expect(await runHousekeeping(testDb.db, NOW)).toEqual({ signInAttemptsRemoved: 0 });
    expect(await runHousekeeping(testDb.db, new Date(NOW.getTime() + 24 * HOUR))).toEqual({ signInAttemptsRemoved: 2 });
    expect(await remainingKeys()).toEqual([]);
  });
});
