import { createDb } from "@clinic/db/client";
import { emailOutbox } from "@clinic/db/schema";
import { createTestDatabase, type TestDatabase } from "@clinic/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { waitFor } from "../testing/wait-for";
import { insertOutboxEmail, recordingTransport } from "./testing";
import { startOutboxWorker } from "./worker";

let testDb: TestDatabase;

beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb.drop());
afterEach(() => {
  vi.restoreAllMocks();
});

describe("startOutboxWorker", () => {
  it("sends what is due, drains full batches, and never runs two deliveries at once", async () => {
    const emails = await Promise.all(Array.from({ length: 7 }, () => insertOutboxEmail(testDb.db)));
    const { transport, sentIds, maxConcurrent } = recordingTransport(10);
    const worker = startOutboxWorker({ db: testDb.db, transport, intervalMs: 1, batchSize: 3 });
    try {
      await waitFor(async () => sentIds.length === 7);
      const late = await insertOutboxEmail(testDb.db);
      await waitFor(async () => sentIds.length === 8);
      expect(new Set(sentIds)).toEqual(new Set([...emails, late].map((e) => e.id)));
      expect(maxConcurrent()).toBe(1);
    } finally {
      await worker.stop();
    }
    const rows = await testDb.db.select({ status: emailOutbox.status }).from(emailOutbox);
    expect(rows.every((row) => row.status === "sent")).toBe(true);
  });

  it("logs a failed run without its details, keeps going, and stops cleanly", async () => {
    const broken = createDb(testDb.url, { max: 1 });
    await broken.$client.end(); // every query now fails, as with the database gone
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const { transport } = recordingTransport();

    const worker = startOutboxWorker({ db: broken, transport, intervalMs: 5 });
    await waitFor(async () => error.mock.calls.length >= 3);
    await worker.stop();
    const calls = error.mock.calls.length;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(error.mock.calls.length).toBe(calls);
    expect(error.mock.calls[0]).toEqual(["email outbox: delivery run failed; will try again", { name: "Error" }]);
  });

  it("stop() waits for the delivery in progress", async () => {
    const email = await insertOutboxEmail(testDb.db);
    const { transport } = recordingTransport(200);
    const worker = startOutboxWorker({ db: testDb.db, transport, intervalMs: 1_000 });
    await waitFor(async () => (await testDb.db.select().from(emailOutbox).where(eq(emailOutbox.id, email.id)))[0]?.status === "sending");
    await worker.stop();
    const [row] = await testDb.db.select().from(emailOutbox).where(eq(emailOutbox.id, email.id));
    expect(row?.status).toBe("sent");
  });
});
