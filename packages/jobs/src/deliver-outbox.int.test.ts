import { createDb, type Database } from "@clinic/db/client";
import { emailOutbox } from "@clinic/db/schema";
import { createTestDatabase, type TestDatabase } from "@clinic/db/testing";
import { run, runOnce } from "graphile-worker";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { deliverOutbox } from "./deliver-outbox";
import { queueEmail } from "./enqueue";
import { JOB } from "./names";
import { jobRunnerOptions } from "./runner";
import { insertOutboxEmail, recordingTransport } from "./testing/outbox";
import { addJob, queuedJobs, silentLogger } from "./testing/queue";
import { waitFor } from "./testing/wait-for";

let testDb: TestDatabase;
let db: Database;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.db;
});
afterAll(() => testDb.drop());
beforeEach(async () => {
  await db.delete(emailOutbox);
});

/** Emails written the way procedures write them, each in its transaction. */
async function queueEmails(count: number): Promise<string[]> {
  for (let i = 0; i < count; i++) {
    await db.transaction((tx) =>
      queueEmail(tx, { toAddress: `patient${i}@example.test`, subject: `Subject ${i}`, textBody: `Hello ${i}`, template: "welcome" }),
    );
  }
  const rows = await db.select({ id: emailOutbox.id }).from(emailOutbox);
  return rows.map((row) => row.id);
}

async function allSent(): Promise<boolean> {
  const rows = await db.select({ status: emailOutbox.status }).from(emailOutbox);
  return rows.every((row) => row.status === "sent");
}

describe("deliverOutbox", () => {
  it("keeps delivering while batches come back full, so one job drains a burst", async () => {
    const emails = await Promise.all(Array.from({ length: 7 }, () => insertOutboxEmail(db)));
    const { transport, sentIds } = recordingTransport();

    expect(await deliverOutbox(db, transport, { batchSize: 3 })).toEqual({ recovered: 0, claimed: 7, sent: 7, retrying: 0, failed: 0 });
    expect(new Set(sentIds)).toEqual(new Set(emails.map((email) => email.id)));
    expect(sentIds).toHaveLength(7);
  });

  it("stops after the batch in hand once the worker shuts down", async () => {
    await Promise.all(Array.from({ length: 7 }, () => insertOutboxEmail(db)));
    const { transport, sentIds } = recordingTransport();

    expect(await deliverOutbox(db, transport, { batchSize: 3, stopped: () => true })).toMatchObject({ claimed: 3, sent: 3 });
    expect(sentIds).toHaveLength(3);
  });
});

describe("the deliver_outbox job in graphile-worker", () => {
  it("delivers each email exactly once when two worker runners process delivery jobs at once", async () => {
    const ids = await queueEmails(30);
    // More delivery runs than the one job queueEmail keeps, so that both runners deliver at once.
    for (let i = 0; i < 8; i++) await addJob(db, JOB.deliverOutbox);

    const workers = [createDb(testDb.url, { max: 6 }), createDb(testDb.url, { max: 6 })];
    const transports = workers.map(() => recordingTransport(5));
    const runners = await Promise.all(
      workers.map((worker, i) =>
        run(
          jobRunnerOptions(
            { db: worker, transport: transports[i]!.transport, batchSize: 4 },
            { concurrency: 3, recurring: false, pollInterval: 50, logger: silentLogger },
          ),
        ),
      ),
    );
    try {
      await waitFor(async () => (await allSent()) && (await queuedJobs(db, JOB.deliverOutbox)).length === 0, { timeoutMs: 20_000 });
    } finally {
      await Promise.all(runners.map((runner) => runner.stop()));
      await Promise.all(workers.map((worker) => worker.$client.end()));
    }

    const sendMailCalls = transports.flatMap((t) => t.sentIds);
    expect(sendMailCalls).toHaveLength(30);
    expect(new Set(sendMailCalls)).toEqual(new Set(ids));
    const rows = await db.select({ attempts: emailOutbox.attempts }).from(emailOutbox);
    expect(rows.every((row) => row.attempts === 1)).toBe(true);
  });

  it("delivers each email exactly once when two runOnce passes run at once, and again finds nothing to send", async () => {
    const ids = await queueEmails(12);
    for (let i = 0; i < 4; i++) await addJob(db, JOB.deliverOutbox);
    const workers = [createDb(testDb.url, { max: 4 }), createDb(testDb.url, { max: 4 })];
    const transports = workers.map(() => recordingTransport(5));
    try {
      const options = workers.map((worker, i) =>
        jobRunnerOptions({ db: worker, transport: transports[i]!.transport, batchSize: 2 }, { concurrency: 2, logger: silentLogger }),
      );
      await Promise.all(options.map((o) => runOnce(o)));
      await Promise.all(options.map((o) => runOnce(o)));
    } finally {
      await Promise.all(workers.map((worker) => worker.$client.end()));
    }

    const sendMailCalls = transports.flatMap((t) => t.sentIds);
    expect(sendMailCalls).toHaveLength(12);
    expect(new Set(sendMailCalls)).toEqual(new Set(ids));
    expect(await allSent()).toBe(true);
  });
});
