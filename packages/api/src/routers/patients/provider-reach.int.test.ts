import { auditEvents, providers } from "@clinic/db/schema";
import { createTestDatabase, type TestDatabase } from "@clinic/db/testing";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { staffRouter } from "../../staff-router";
import { callerFor, createAppointment, createLocation, createPatient, createProvider, createService, createStaff } from "../../testing/fixtures";
import { callOverHttp } from "../../testing/http";
import type { SessionUser } from "@clinic/domain/people/session-user";

let testDb: TestDatabase;
let providerUser: SessionUser;
let unlinkedProviderUser: SessionUser;
let frontDesk: SessionUser;
/** Reach Seen had a visit with the provider last month; Reach Cancelled's visit with them was cancelled; Reach Other sees another provider only. */
let seen: Awaited<ReturnType<typeof createPatient>>;
let cancelledOnly: Awaited<ReturnType<typeof createPatient>>;
let other: Awaited<ReturnType<typeof createPatient>>;
let ownVisitId: string;

beforeAll(async () => {
  testDb = await createTestDatabase();
  const db = testDb.db;
  const location = await createLocation(db, { timeZone: "America/Chicago" });
  const service = await createService(db);
  const mine = await createProvider(db, { name: "Dr. Reach Mine" });
  const theirs = await createProvider(db, { name: "Dr. Reach Theirs" });
  providerUser = await createStaff(db, "provider");
  unlinkedProviderUser = await createStaff(db, "provider");
  frontDesk = await createStaff(db, "front_desk");
  await db.update(providers).set({ userId: providerUser.id }).where(eq(providers.id, mine.id));

  seen = await createPatient(db, { name: "Reach Seen" });
  cancelledOnly = await createPatient(db, { name: "Reach Cancelled" });
  other = await createPatient(db, { name: "Reach Other" });
  const at = (patientId: string, providerId: string, startsAt: string, status: "booked" | "completed" | "cancelled" = "booked") =>
    createAppointment(db, { patientId, providerId, serviceId: service.id, locationId: location.id, startsAt: new Date(startsAt), status });
  ownVisitId = (await at(seen.patientId, mine.id, "2026-10-01T15:00:00Z", "completed")).id;
  await at(seen.patientId, theirs.id, "2026-10-02T15:00:00Z", "completed");
  await at(cancelledOnly.patientId, mine.id, "2027-01-05T15:00:00Z", "cancelled");
  await at(other.patientId, theirs.id, "2027-01-06T15:00:00Z");
});
afterAll(() => testDb.drop());

describe("a provider reaches only patients with a visit with them", () => {
  it("search finds only their patients (a cancelled visit counts) and says whose it covers; the front desk finds all", async () => {
    const asProvider = await callerFor(testDb.db, providerUser).staff.patients.search({ query: "Reach", page: 1, pageSize: 20 });
    expect(asProvider).toMatchObject({ reach: "own", total: 2 });
    expect(asProvider.items.map((p) => p.name)).toEqual(["Reach Cancelled", "Reach Seen"]);

    const asDesk = await callerFor(testDb.db, frontDesk).staff.patients.search({ query: "Reach", page: 1, pageSize: 20 });
    expect(asDesk).toMatchObject({ reach: "all", total: 3 });
  });

  it("detail of their own patient shows only their visits with them", async () => {
    const record = await callerFor(testDb.db, providerUser).staff.patients.detail({ patientId: seen.patientId });
    expect(record.reach).toBe("own");
    expect(record.appointments.map((a) => a.id)).toEqual([ownVisitId]);

    const asDesk = await callerFor(testDb.db, frontDesk).staff.patients.detail({ patientId: seen.patientId });
    expect(asDesk.appointments).toHaveLength(2);
  });

  it("another provider's patient is refused over HTTP with a sentence, audited as refused for that record, and not as viewed", async () => {
    const response = await callOverHttp(staffRouter, {
      db: testDb.db,
      user: providerUser,
      path: "patients.detail",
      type: "query",
      input: { patientId: other.patientId },
    });
    expect(response.status).toBe(403);
    expect(response.error?.data.code).toBe("FORBIDDEN");
    expect(response.error?.message).toBe(
      "This patient has no visit with you. Providers see only the records of patients with a visit with them, past or upcoming. Ask the front desk if you need this record.",
    );
    const events = await testDb.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.patientId, other.patientId), eq(auditEvents.actorUserId, providerUser.id)));
    expect(events).toEqual([
      expect.objectContaining({
        action: "access.refused",
        actorUserId: providerUser.id,
        actorRole: "provider",
        metadata: { procedure: "patients.detail", type: "query", code: "FORBIDDEN" },
      }),
    ]);
  });

  it("an unknown patient id is NOT_FOUND for a provider too", async () => {
    await expect(
      callerFor(testDb.db, providerUser).staff.patients.detail({ patientId: "00000000-0000-4000-8000-000000000000" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("a provider log-in linked to no provider record reaches no patients, and is told why", async () => {
    const staff = callerFor(testDb.db, unlinkedProviderUser).staff;
    const refusal = { code: "FORBIDDEN", message: "Your account is not linked to a provider record, so it reaches no patient records. Ask an administrator to link it." };
    await expect(staff.patients.search({ query: "Reach", page: 1, pageSize: 20 })).rejects.toMatchObject(refusal);
    await expect(staff.patients.detail({ patientId: seen.patientId })).rejects.toMatchObject(refusal);
  });

  it("the dashboard's day lists only the provider's own visits", async () => {
    const summary = await callerFor(testDb.db, providerUser).staff.dashboard.summary({ date: "2026-10-02" });
    expect(summary.locations.flatMap((location) => location.appointments)).toEqual([]);
    const asDesk = await callerFor(testDb.db, frontDesk).staff.dashboard.summary({ date: "2026-10-02" });
    expect(asDesk.locations.flatMap((location) => location.appointments.map((a) => a.patient.name))).toEqual(["Reach Seen"]);
    const own = await callerFor(testDb.db, providerUser).staff.dashboard.summary({ date: "2026-10-01" });
    expect(own.locations.flatMap((location) => location.appointments.map((a) => a.id))).toEqual([ownVisitId]);
  });
});
