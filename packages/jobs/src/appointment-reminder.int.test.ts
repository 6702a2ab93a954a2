import { createDb, type Database } from "@clinic/db/client";
import { appointments, emailOutbox } from "@clinic/db/schema";
import { createTestDatabase, type TestDatabase } from "@clinic/db/testing";
import { createVisitClinic } from "@clinic/db/testing/visits";
import { eq } from "drizzle-orm";
import { run, runOnce } from "graphile-worker";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appointmentEmail } from "./email/appointment-email";
import { loadAppointmentEmailDetails } from "./email/appointment-email-details";
import { queueAppointmentReminder, reminderDedupeKey } from "./appointment-reminder";
import { scheduleAppointmentReminder } from "./enqueue";
import { jobLogger } from "./logger";
import { JOB } from "./names";
import { jobRunnerOptions } from "./runner";
import { recordingTransport } from "./testing/outbox";
import { addJob, queuedJobs, silentLogger } from "./testing/queue";
import { waitFor } from "./testing/wait-for";

let testDb: TestDatabase;
let db: Database;
let clinic: Awaited<ReturnType<typeof createVisitClinic>>;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.db;
  clinic = await createVisitClinic(db);
});
afterAll(() => testDb.drop());

const HOUR = 60 * 60_000;
const payloadOf = (appointment: { id: string; startsAt: Date }) => ({ appointmentId: appointment.id, startsAt: appointment.startsAt.toISOString() });
const remindersOf = (appointmentId: string) => db.select().from(emailOutbox).where(eq(emailOutbox.template, "appointment-reminder")).then((rows) => rows.filter((row) => row.dedupeKey?.includes(appointmentId)));

describe("queueAppointmentReminder", () => {
  it("writes the reminder email once however often it runs", async () => {
    const appointment = await clinic.book();

    expect(await queueAppointmentReminder(db, payloadOf(appointment))).toBe("queued");
    expect(await queueAppointmentReminder(db, payloadOf(appointment))).toBe("already-queued");

    const rows = await remindersOf(appointment.id);
    expect(rows).toHaveLength(1);
    const source = await loadAppointmentEmailDetails(db, appointment.id);
    if (!source) throw new Error("appointment not found");
    const expected = appointmentEmail("reminder", source.details);
    expect(rows[0]).toMatchObject({
      toAddress: clinic.patient.email,
      subject: expected.subject,
      textBody: expected.textBody,
      htmlBody: expected.htmlBody,
      template: "appointment-reminder",
      dedupeKey: reminderDedupeKey(appointment.id, appointment.startsAt),
      status: "pending",
    });
  });

  it("writes one email when runs on separate connections race", async () => {
    const appointment = await clinic.book();
    const pools = [createDb(testDb.url, { max: 4 }), createDb(testDb.url, { max: 4 })];
    try {
      const outcomes = await Promise.all(Array.from({ length: 8 }, (_, i) => queueAppointmentReminder(pools[i % 2]!, payloadOf(appointment))));
      expect(outcomes.filter((outcome) => outcome === "queued")).toHaveLength(1);
      expect(outcomes.filter((outcome) => outcome === "already-queued")).toHaveLength(7);
    } finally {
      await Promise.all(pools.map((pool) => pool.$client.end()));
    }
    expect(await remindersOf(appointment.id)).toHaveLength(1);
  });

  it("skips a cancelled appointment", async () => {
    const appointment = await clinic.book({ status: "cancelled" });
    expect(await queueAppointmentReminder(db, payloadOf(appointment))).toBe("not-booked");
    expect(await remindersOf(appointment.id)).toEqual([]);
  });

  it("skips a job of a start time the appointment no longer has (rescheduled: the new time's job reminds)", async () => {
    const appointment = await clinic.book();
    const movedTo = new Date(appointment.startsAt.getTime() + 26 * HOUR);
    await db.update(appointments).set({ startsAt: movedTo, endsAt: new Date(movedTo.getTime() + HOUR) }).where(eq(appointments.id, appointment.id));

    expect(await queueAppointmentReminder(db, payloadOf(appointment))).toBe("rescheduled");
    expect(await remindersOf(appointment.id)).toEqual([]);
    expect(await queueAppointmentReminder(db, payloadOf({ id: appointment.id, startsAt: movedTo }))).toBe("queued");
  });

  it("skips a visit that has already started (the worker was down too long) and an unknown appointment", async () => {
    const appointment = await clinic.book();
    expect(await queueAppointmentReminder(db, payloadOf(appointment), new Date(appointment.startsAt.getTime() + 1))).toBe("already-started");
    expect(await queueAppointmentReminder(db, { appointmentId: crypto.randomUUID(), startsAt: appointment.startsAt.toISOString() })).toBe(
      "appointment-missing",
    );
    expect(await remindersOf(appointment.id)).toEqual([]);
  });
});

describe("the appointment_reminder job in graphile-worker", () => {
  it("runs a reminder whose time has passed at the next runOnce, leaves a later one waiting, and the email goes out once with the next delivery run", async () => {
    const soon = await clinic.book({ startsAt: new Date(Date.now() + 2 * HOUR) });
    const later = await clinic.book();
    // Scheduled a day ago for a visit two hours from now: its run_at (24 h before the visit) is 22 h past.
    await db.transaction((tx) => scheduleAppointmentReminder(tx, soon, new Date(Date.now() - 24 * HOUR)));
    await db.transaction((tx) => scheduleAppointmentReminder(tx, later));
    const [dueJob] = (await queuedJobs(db, JOB.appointmentReminder)).filter((job) => (job.payload as { appointmentId: string }).appointmentId === soon.id);
    expect(dueJob?.runAt.getTime()).toBeLessThan(Date.now() - 21 * HOUR);

    const { transport, sentIds } = recordingTransport();
    const options = jobRunnerOptions({ db, transport }, { logger: silentLogger });
    await runOnce(options);
    expect(await remindersOf(soon.id)).toMatchObject([{ status: "pending" }]);
    // What the worker's outbox watch does when it sees the email waiting.
    await addJob(db, JOB.deliverOutbox);
    await runOnce(options);

    const [reminder] = await remindersOf(soon.id);
    expect(reminder).toMatchObject({ status: "sent", attempts: 1 });
    expect(sentIds.filter((id) => id === reminder?.id)).toHaveLength(1);
    expect(await remindersOf(later.id)).toEqual([]);
    const waiting = await queuedJobs(db, JOB.appointmentReminder);
    expect(waiting.map((job) => (job.payload as { appointmentId: string }).appointmentId)).toContain(later.id);
    expect(waiting.map((job) => (job.payload as { appointmentId: string }).appointmentId)).not.toContain(soon.id);

    // A second pass finds nothing more to send.
    await runOnce(options);
    expect(sentIds.filter((id) => id === reminder?.id)).toHaveLength(1);
  });

  it("writes one email when two worker runners take duplicate jobs of one reminder at once", async () => {
    const appointment = await clinic.book();
    // As after a crash mid-job: the same reminder more than once in the queue (no job key to merge them).
    for (let i = 0; i < 6; i++) await addJob(db, JOB.appointmentReminder, payloadOf(appointment));

    const workers = [createDb(testDb.url, { max: 6 }), createDb(testDb.url, { max: 6 })];
    const { transport } = recordingTransport();
    const runners = await Promise.all(
      workers.map((worker) => run(jobRunnerOptions({ db: worker, transport }, { concurrency: 3, recurring: false, pollInterval: 50, logger: silentLogger }))),
    );
    try {
      await waitFor(async () => (await queuedJobs(db, JOB.appointmentReminder)).every((job) => (job.payload as { appointmentId: string }).appointmentId !== appointment.id));
    } finally {
      await Promise.all(runners.map((runner) => runner.stop()));
      await Promise.all(workers.map((worker) => worker.$client.end()));
    }
    expect(await remindersOf(appointment.id)).toHaveLength(1);
  });

  it("drops a job whose payload is not an appointment id and start (retrying would not help)", async () => {
    await addJob(db, JOB.appointmentReminder, { appointmentId: "not-a-uuid" });
    const lines: string[] = [];
    const { transport } = recordingTransport();
    await runOnce(jobRunnerOptions({ db, transport }, { logger: jobLogger({ info: () => undefined, warn: (l) => lines.push(l), error: (l) => lines.push(l) }) }));

    // graphile-worker may write the job's completion just after runOnce settles (seen on a loaded machine).
    const leftOver = () => queuedJobs(db, JOB.appointmentReminder).then((jobs) => jobs.filter((job) => (job.payload as { appointmentId: string }).appointmentId === "not-a-uuid"));
    await waitFor(async () => (await leftOver()).length === 0, { timeoutMs: 5_000 }).catch(() => undefined);
    expect(await leftOver()).toEqual([]);
    expect(lines.join("\n")).toMatch(/appointment_reminder job \d+\]: job \d+ has no valid appointment id and start time; dropped/);
  });
});
