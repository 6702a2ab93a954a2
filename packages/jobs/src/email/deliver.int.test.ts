import { createDb, type Database } from "@clinic/db/client";
import { emailOutbox } from "@clinic/db/schema";
import { createTestDatabase, type TestDatabase } from "@clinic/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { deliverPendingEmails } from "./deliver";
import { MAX_SEND_ATTEMPTS } from "./delivery-policy";
import { failingTransport, insertOutboxEmail, recordingTransport } from "../testing/outbox";
import { createMailTransport } from "./transport";

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
afterEach(() => {
  vi.restoreAllMocks();
});

const T0 = new Date("2026-03-02T15:00:00Z");
const at = (minutesAfterT0: number) => new Date(T0.getTime() + minutesAfterT0 * 60_000);
const rowOf = async (id: string) => (await db.select().from(emailOutbox).where(eq(emailOutbox.id, id)))[0];

describe("deliverPendingEmails", () => {
  it("sends a due email once through nodemailer's JSON transport and records it as sent", async () => {
    const email = await insertOutboxEmail(db, {
      toAddress: "alex.rivera@example.com",
      subject: "Welcome to Riverbend Pain & Wellness",
      textBody: "Hello Alex,\n\nWelcome.",
      htmlBody: "<p>Hello Alex,</p>",
      sendAfter: at(-1),
    });
    const transport = createMailTransport({ EMAIL_FROM: "Riverbend Pain & Wellness <no-reply@example.com>" });
    const sendMail = vi.spyOn(transport, "sendMail");

    expect(await deliverPendingEmails(db, transport, { now: T0 })).toEqual({ recovered: 0, claimed: 1, sent: 1, retrying: 0, failed: 0 });
    expect(await deliverPendingEmails(db, transport, { now: at(5) })).toMatchObject({ claimed: 0, sent: 0 });

    expect(sendMail).toHaveBeenCalledTimes(1);
    const info = (await sendMail.mock.results[0]?.value) as { message: string };
    expect(JSON.parse(info.message)).toMatchObject({
      from: { address: "no-reply@example.com", name: "Riverbend Pain & Wellness" },
      to: [{ address: "alex.rivera@example.com" }],
      subject: "Welcome to Riverbend Pain & Wellness",
      text: "Hello Alex,\n\nWelcome.",
      html: "<p>Hello Alex,</p>",
      messageId: `<${email.id}@email-outbox>`,
    });
    expect(await rowOf(email.id)).toMatchObject({ status: "sent", sentAt: T0, attempts: 1, lastError: null });
  });

  it("leaves an email alone until its send_after has come", async () => {
    const email = await insertOutboxEmail(db, { sendAfter: at(60) });
    const { transport, sentIds } = recordingTransport();

    expect(await deliverPendingEmails(db, transport, { now: at(59) })).toMatchObject({ claimed: 0 });
    expect(await rowOf(email.id)).toMatchObject({ status: "pending", attempts: 0 });

    expect(await deliverPendingEmails(db, transport, { now: at(60) })).toMatchObject({ claimed: 1, sent: 1 });
    expect(sentIds).toEqual([email.id]);
  });

  it("sends the oldest due emails first, a batch at a time", async () => {
    const later = await insertOutboxEmail(db, { sendAfter: at(-1) });
    const earlier = await insertOutboxEmail(db, { sendAfter: at(-2) });
    const last = await insertOutboxEmail(db, { sendAfter: at(0) });
    const { transport, sentIds } = recordingTransport();

    expect(await deliverPendingEmails(db, transport, { now: T0, batchSize: 2 })).toMatchObject({ claimed: 2, sent: 2 });
    expect(sentIds).toEqual([earlier.id, later.id]);
    await deliverPendingEmails(db, transport, { now: T0, batchSize: 2 });
    expect(sentIds).toEqual([earlier.id, later.id, last.id]);
  });

  it("never sends an email twice when two senders on separate connections run at once", async () => {
    const emails = await Promise.all(Array.from({ length: 40 }, () => insertOutboxEmail(db, { sendAfter: at(-1) })));
    const senders = [createDb(testDb.url, { max: 2 }), createDb(testDb.url, { max: 2 })];
    try {
      const transports = senders.map(() => recordingTransport(3));
      // Each sender keeps going until it finds nothing due, like the worker draining the outbox.
      await Promise.all(
        senders.map(async (sender, i) => {
          const transport = transports[i]?.transport;
          if (!transport) throw new Error("no transport");
          while ((await deliverPendingEmails(sender, transport, { now: T0, batchSize: 5 })).claimed > 0);
        }),
      );
      const sentIds = transports.flatMap((t) => t.sentIds);
      expect(sentIds).toHaveLength(40);
      expect(new Set(sentIds)).toEqual(new Set(emails.map((e) => e.id)));
      // Both really worked in parallel, rather than one waiting for the other to finish.
      expect(transports.map((t) => t.sentIds.length).every((n) => n > 0)).toBe(true);
      const rows = await db.select({ status: emailOutbox.status, attempts: emailOutbox.attempts }).from(emailOutbox);
      expect(rows.every((row) => row.status === "sent" && row.attempts === 1)).toBe(true);
    } finally {
      await Promise.all(senders.map((sender) => sender.$client.end()));
    }
  });

  it("retries a failed send with exponential backoff, then gives up as failed", async () => {
    const email = await insertOutboxEmail(db, { toAddress: "blake.beta@example.com", sendAfter: T0 });
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const transport = failingTransport();

    let now = T0;
    const waits: number[] = [];
    for (let attempt = 1; attempt < MAX_SEND_ATTEMPTS; attempt++) {
      expect(await deliverPendingEmails(db, transport, { now })).toMatchObject({ claimed: 1, retrying: 1, failed: 0 });
      const row = await rowOf(email.id);
      expect(row).toMatchObject({ status: "pending", attempts: attempt });
      const next = row?.sendAfter ?? now;
      waits.push((next.getTime() - now.getTime()) / 60_000);
      // Not a moment before it is due.
      expect(await deliverPendingEmails(db, transport, { now: new Date(next.getTime() - 1000) })).toMatchObject({ claimed: 0 });
      now = next;
    }
    expect(waits).toEqual([1, 2, 4, 8, 16, 32, 64]);

    expect(await deliverPendingEmails(db, transport, { now })).toMatchObject({ claimed: 1, retrying: 0, failed: 1 });
    const failed = await rowOf(email.id);
    expect(failed).toMatchObject({ status: "failed", attempts: MAX_SEND_ATTEMPTS, sentAt: null });
    expect(failed?.lastError).toBe(
      "EENVELOPE, SMTP 550: Can't send mail - all recipients were rejected: 550 5.1.1 <<address>>: Recipient address rejected",
    );
    expect(await deliverPendingEmails(db, transport, { now: at(60 * 24) })).toMatchObject({ claimed: 0 });

    // The log says which email failed, never to whom or what it said.
    expect(warn).toHaveBeenCalled();
    const logged = JSON.stringify(warn.mock.calls);
    expect(logged).toContain(email.id);
    expect(logged).not.toContain("blake.beta");
    expect(logged).not.toContain(email.textBody);
  });

  it("puts back an email abandoned in 'sending' by a crashed sender, and sends it", async () => {
    const stuck = await insertOutboxEmail(db, { status: "sending", attempts: 1, updatedAt: at(-11) });
    const inFlight = await insertOutboxEmail(db, { status: "sending", attempts: 1, updatedAt: at(-5) });
    const exhausted = await insertOutboxEmail(db, { status: "sending", attempts: MAX_SEND_ATTEMPTS, updatedAt: at(-30) });
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const { transport, sentIds } = recordingTransport();

    expect(await deliverPendingEmails(db, transport, { now: T0 })).toEqual({ recovered: 2, claimed: 1, sent: 1, retrying: 0, failed: 0 });
    expect(sentIds).toEqual([stuck.id]);
    expect(await rowOf(stuck.id)).toMatchObject({ status: "sent", attempts: 2, sentAt: T0 });
    // Still within the time a live sender may take: not touched.
    expect(await rowOf(inFlight.id)).toMatchObject({ status: "sending", attempts: 1, updatedAt: at(-5) });
    const givenUp = await rowOf(exhausted.id);
    expect(givenUp).toMatchObject({ status: "failed", attempts: MAX_SEND_ATTEMPTS });
    expect(givenUp?.lastError).toMatch(/stopped before recording a result/);
  });

  it("skips an email of its batch that another sender recovered and claimed meanwhile", async () => {
    const first = await insertOutboxEmail(db, { sendAfter: at(-2) });
    const second = await insertOutboxEmail(db, { sendAfter: at(-1) });
    const { transport, sentIds } = recordingTransport();
    // While the first email is being sent, another process takes over the second (a new attempt).
    vi.spyOn(transport, "sendMail").mockImplementationOnce(async () => {
      await db.update(emailOutbox).set({ attempts: 2 }).where(eq(emailOutbox.id, second.id));
      sentIds.push(first.id);
      return { messageId: "", envelope: {} };
    });

    expect(await deliverPendingEmails(db, transport, { now: T0 })).toMatchObject({ claimed: 2, sent: 1 });
    expect(sentIds).toEqual([first.id]);
    expect(await rowOf(second.id)).toMatchObject({ status: "sending", attempts: 2 });
  });
});
