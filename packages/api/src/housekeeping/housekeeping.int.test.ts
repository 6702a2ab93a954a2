import { signInAttempts } from "@clinic/db/schema";
import { createTestDatabase, type TestDatabase } from "@clinic/db/testing";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { waitFor } from "../testing/wait-for";
import { startHousekeeping } from "./housekeeping";

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

describe("startHousekeeping", () => {
  it("deletes sign-in attempts older than a day and keeps the recent ones, on every run", async () => {
    await attemptAt("two-days-old@example.com", hoursAgo(48));
    await attemptAt("just-over-a-day@example.com", hoursAgo(24.1));
    await attemptAt("just-under-a-day@example.com", hoursAgo(23.9));
    await attemptAt("recent@example.com", hoursAgo(0.1));
    const info = vi.spyOn(console, "info").mockImplementation(() => undefined);

    let clock = NOW;
    const housekeeping = startHousekeeping({ db: testDb.db, intervalMs: 5, now: () => clock });
    try {
      await waitFor(async () => (await remainingKeys()).length === 2);
      expect(await remainingKeys()).toEqual(["just-under-a-day@example.com", "recent@example.com"]);
      expect(info).toHaveBeenCalledWith("housekeeping: removed 2 old sign-in attempts");

      // A later run, a day on, finds what has aged since.
      clock = new Date(NOW.getTime() + 24 * HOUR);
      await waitFor(async () => (await remainingKeys()).length === 0);
    } finally {
      await housekeeping.stop();
      info.mockRestore();
    }
  });
});
