import { createDb, type Database } from "@clinic/db/client";
import { signInAttempts } from "@clinic/db/schema";
import { createTestDatabase, type TestDatabase } from "@clinic/db/testing";
import { runOnce } from "graphile-worker";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { jobLogger } from "./logger";
import { JOB } from "./names";
import { jobRunnerOptions } from "./runner";
import { insertOutboxEmail, recordingTransport } from "./testing/outbox";
import { addJob, capturingLog, queuedJobs, silentLogger } from "./testing/queue";

let testDb: TestDatabase;
let db: Database;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.db;
});
afterAll(() => testDb.drop());

describe("the housekeeping job", () => {
  it("prunes sign-in attempts older than a day", async () => {
    const now = Date.now();
    await db.insert(signInAttempts).values([
      { emailKey: "old@example.com", ip: "198.51.100.9", succeeded: false, attemptedAt: new Date(now - 30 * 60 * 60_000) },
      { emailKey: "recent@example.com", ip: "198.51.100.9", succeeded: false, attemptedAt: new Date(now - 60_000) },
    ]);
    await addJob(db, JOB.housekeeping);

    await runOnce(jobRunnerOptions({ db, transport: recordingTransport().transport }, { logger: silentLogger }));

    const left = await db.select({ emailKey: signInAttempts.emailKey }).from(signInAttempts);
    expect(left.map((row) => row.emailKey)).toEqual(["recent@example.com"]);
    expect(await queuedJobs(db, JOB.housekeeping)).toEqual([]);
  });
});

describe("a job that fails", () => {
  it("is kept for a retry with only its error class in the queue and in the log", async () => {
    await insertOutboxEmail(db, { toAddress: "alex.rivera@example.com" });
    await addJob(db, JOB.deliverOutbox);
    // Every query of the task fails, as with the database gone; the queue itself stays reachable.
    const broken = createDb(testDb.url, { max: 1 });
    await broken.$client.end();
    const { lines, write } = capturingLog();

    await runOnce({ ...jobRunnerOptions({ db: broken, transport: recordingTransport().transport }, { logger: jobLogger(write) }), pgPool: db.$client });

    // runOnce can resolve a moment before graphile-worker has written the failure back.
    const failed = await vi.waitFor(
      async () => {
        const [job] = await queuedJobs(db, JOB.deliverOutbox);
        expect(job).toMatchObject({ attempts: 1, lastError: "Error" });
        return job;
      },
      { timeout: 5_000, interval: 50 },
    );
    expect(failed?.runAt.getTime()).toBeGreaterThan(Date.now());
    expect(lines).toEqual([expect.stringMatching(/^worker: job \d+ \(deliver_outbox\) failed on attempt 1 of 25: Error; will retry with back-off$/)]);
  });
});
