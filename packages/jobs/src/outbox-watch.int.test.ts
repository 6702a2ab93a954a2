import type { Database } from "@clinic/db/client";
import { emailOutbox } from "@clinic/db/schema";
import { createTestDatabase, type TestDatabase } from "@clinic/db/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { outboxHasDueEmail } from "@clinic/db/queries/email-outbox";
import { watchOutbox } from "./outbox-watch";
import { insertOutboxEmail } from "./testing/outbox";
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

describe("outboxHasDueEmail", () => {
  it("sees pending email whose time has come, not email waiting out a back-off or already sent", async () => {
    expect(await outboxHasDueEmail(db)).toBe(false);
    await insertOutboxEmail(db, { status: "sent" });
    await insertOutboxEmail(db, { status: "pending", sendAfter: new Date(Date.now() + 60_000) });
    expect(await outboxHasDueEmail(db)).toBe(false);
    await insertOutboxEmail(db, { status: "pending", sendAfter: new Date(Date.now() - 1_000) });
    expect(await outboxHasDueEmail(db)).toBe(true);
  });
});

describe("watchOutbox", () => {
  it("asks for a delivery run while email is due, never two checks at once, and stops", async () => {
    let asked = 0;
    let concurrent = 0;
    let maxConcurrent = 0;
    const onDue = async () => {
      asked++;
      concurrent++;
      maxConcurrent = Math.max(maxConcurrent, concurrent);
      await new Promise((resolve) => setTimeout(resolve, 30)); // longer than the interval
      concurrent--;
    };
    const stop = watchOutbox(db, onDue, 10);
    try {
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(asked).toBe(0);
      await insertOutboxEmail(db, { status: "pending", sendAfter: new Date(Date.now() - 1_000) });
      await waitFor(async () => asked >= 2, { timeoutMs: 5_000 });
    } finally {
      await stop();
    }
    const afterStop = asked;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(asked).toBe(afterStop);
    expect(maxConcurrent).toBe(1);
  });
});
