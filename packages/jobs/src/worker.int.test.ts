import { emailOutbox } from "@clinic/db/schema";
import { createTestDatabase, type TestDatabase } from "@clinic/db/testing";
import { eq, sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { queueEmail } from "./enqueue";
import { RECURRING_JOBS } from "./schedule";
import { waitFor } from "./testing/wait-for";
import { startJobWorker } from "./worker";

let testDb: TestDatabase;

beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb.drop());
afterEach(() => {
  vi.restoreAllMocks();
});

describe("startJobWorker", () => {
  it("delivers an email queued by a procedure, registers the recurring jobs, and stops cleanly", async () => {
    const info = vi.spyOn(console, "info").mockImplementation(() => undefined);
    const worker = await startJobWorker({ databaseUrl: testDb.url, email: { EMAIL_FROM: "Riverbend <no-reply@example.com>" }, concurrency: 2 });
    try {
      await testDb.db.transaction((tx) =>
        queueEmail(tx, { toAddress: "alex.rivera@example.com", subject: "Your visit is booked", textBody: "See you soon.", template: "appointment-confirmed" }),
      );
      // The outbox watch notices it within a second: no waiting for the minute's sweep.
      await waitFor(async () => (await testDb.db.select().from(emailOutbox).where(eq(emailOutbox.status, "sent"))).length === 1, { timeoutMs: 5_000 });

      const known = await testDb.db.execute<{ identifier: string }>(sql`select identifier from graphile_worker._private_known_crontabs order by identifier`);
      expect(known.rows.map((row) => row.identifier)).toEqual(RECURRING_JOBS.map((job) => job.identifier).sort());
    } finally {
      await worker.stop();
    }
    await worker.stop(); // a second stop (both signals) is harmless
    await expect(worker.ended).resolves.toBeUndefined();
    expect(JSON.stringify(info.mock.calls)).not.toContain("alex.rivera");
  });

  it("kill() stops at once, also while a stop() is under way", async () => {
    vi.spyOn(console, "info").mockImplementation(() => undefined);
    const worker = await startJobWorker({ databaseUrl: testDb.url, email: { EMAIL_FROM: "Riverbend <no-reply@example.com>" }, concurrency: 1 });
    const stopping = worker.stop();
    await worker.kill();
    await stopping;
    await expect(worker.ended).resolves.toBeUndefined();

    const killedAlone = await startJobWorker({ databaseUrl: testDb.url, email: { EMAIL_FROM: "Riverbend <no-reply@example.com>" }, concurrency: 1 });
    await killedAlone.kill();
    await expect(killedAlone.ended).resolves.toBeUndefined();
  });
});
