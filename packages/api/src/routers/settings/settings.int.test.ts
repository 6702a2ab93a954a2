import { appointments, auditEvents } from "@clinic/db/schema";
import { createTestDatabase, type TestDatabase } from "@clinic/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { staffRouter } from "../../staff-router";
import { callerFor, createAppointment, createLocation, createPatient, createService, createStaff } from "../../testing/fixtures";
import { callOverHttp } from "../../testing/http";
import { at, createBookingClinic, dateAhead, createClinicWithVisit } from "../appointments/booking-test-clinic";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb.drop());

async function admin(requestId: string) {
  return callerFor(testDb.db, await createStaff(testDb.db, "admin"), { requestId });
}

async function auditsOf(requestId: string) {
  return testDb.db.select().from(auditEvents).where(eq(auditEvents.requestId, requestId));
}

const policyOf = (service: Awaited<ReturnType<typeof createService>>) => ({
  id: service.id,
  name: service.name,
  durationMinutes: service.durationMinutes,
  bufferBeforeMinutes: service.bufferBeforeMinutes,
  bufferAfterMinutes: service.bufferAfterMinutes,
  minNoticeMinutes: service.minNoticeMinutes,
  bookingHorizonDays: service.bookingHorizonDays,
  slotIntervalMinutes: service.slotIntervalMinutes,
  changeCutoffMinutes: service.changeCutoffMinutes,
  active: service.active,
  onlineBookable: service.onlineBookable,
});

describe("settings.updateService", () => {
  it("a shorter visit takes effect for the next search; a booked visit keeps its time; the audit names the field", async () => {
    const { location, service, providers } = await createBookingClinic(testDb.db, { policy: { minNoticeMinutes: 0 } });
    const patient = await createPatient(testDb.db);
    const date = dateAhead(6);
    const booked = await createAppointment(testDb.db, {
      patientId: patient.patientId,
      providerId: providers[0]!.id,
      serviceId: service.id,
      locationId: location.id,
      startsAt: at(date, "09:00"),
      minutes: 60,
    });
    const search = { serviceId: service.id, locationId: location.id, providerId: providers[0]!.id, from: date, to: date };
    const lastStart = async () => (await callerFor(testDb.db, null).patient.availability.search(search)).days[0]!.slots.at(-1)!.start.slice(11, 16);
    expect(await lastStart()).toBe("16:00");

    const { staff } = await admin("req-service-update");
    const saved = await staff.settings.updateService({ ...policyOf(service), durationMinutes: 30 });
    expect(saved).toMatchObject({ id: service.id, durationMinutes: 30, slug: service.slug });

    expect(await lastStart()).toBe("16:30");
    const [kept] = await testDb.db.select().from(appointments).where(eq(appointments.id, booked.id));
    expect(kept!.endsAt).toEqual(at(date, "10:00"));
    // The patient's own list still says how long their visit is, not the service's new length.
    const mine = await callerFor(testDb.db, patient.session).patient.appointments.mine();
    expect(mine.upcoming.find((a) => a.id === booked.id)?.service.durationMinutes).toBe(60);
    expect(await auditsOf("req-service-update")).toEqual([
      expect.objectContaining({ action: "service.updated", patientId: null, metadata: { serviceId: service.id, changedFields: ["durationMinutes"] } }),
    ]);
  });

  it("deactivating hides the service from patients but keeps it, and its visits, for staff", async () => {
    const { service, visit } = await createClinicWithVisit(testDb.db, { startsAt: at(dateAhead(9), "10:00") });
    const { staff } = await admin("req-service-deactivate");
    await staff.settings.updateService({ ...policyOf(service), active: false });

    const anonymous = callerFor(testDb.db, null).patient;
    expect((await anonymous.services.list()).map((s) => s.id)).not.toContain(service.id);
    await expect(anonymous.availability.options({ serviceId: service.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const catalogue = await staff.settings.catalogue();
    expect(catalogue.services.find((s) => s.id === service.id)).toMatchObject({ active: false });
    const [stillThere] = await testDb.db.select().from(appointments).where(eq(appointments.id, visit.id));
    expect(stillThere!.status).toBe("booked");
  });

  it("a service that is not online-bookable leaves the patient site's booking but stays bookable data for staff", async () => {
    const { location, service, providers } = await createBookingClinic(testDb.db, { policy: { minNoticeMinutes: 0 } });
    const { staff } = await admin("req-service-offline");
    await staff.settings.updateService({ ...policyOf(service), onlineBookable: false });

    const anonymous = callerFor(testDb.db, null).patient;
    expect((await anonymous.services.list()).map((s) => s.id)).not.toContain(service.id);
    await expect(anonymous.availability.options({ serviceId: service.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const date = dateAhead(4);
    await expect(
      anonymous.availability.search({ serviceId: service.id, locationId: location.id, providerId: providers[0]!.id, from: date, to: date }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await staff.settings.catalogue()).services.find((s) => s.id === service.id)).toMatchObject({ active: true, onlineBookable: false });
    expect((await auditsOf("req-service-offline"))[0]?.metadata).toEqual({ serviceId: service.id, changedFields: ["onlineBookable"] });
  });

  it("answers a policy outside the schema's limits with a field message, and an unknown service with 404", async () => {
    const service = await createService(testDb.db);
    const user = await createStaff(testDb.db, "admin");
    const tooLong = await callOverHttp(staffRouter, {
      db: testDb.db,
      user,
      path: "settings.updateService",
      type: "mutation",
      input: { ...policyOf(service), durationMinutes: 600 },
    });
    expect(tooLong.status).toBe(400);
    expect(tooLong.error?.data.zodError?.fieldErrors.durationMinutes).toEqual(["The visit length is at most 480 minutes."]);

    const { staff } = await admin("req-service-missing");
    await expect(staff.settings.updateService({ ...policyOf(service), id: crypto.randomUUID() })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await auditsOf("req-service-missing")).toEqual([]);
  });
});

describe("settings.updateProvider", () => {
  it("replaces the provider's services and locations and audits which fields changed", async () => {
    const { location, service, providers } = await createBookingClinic(testDb.db);
    const other = await createService(testDb.db);
    const elsewhere = await createLocation(testDb.db);
    const provider = providers[0]!;
    const { staff } = await admin("req-provider-update");
    const saved = await staff.settings.updateProvider({
      id: provider.id,
      name: provider.name,
      title: "DPT, Physical Therapy",
      bio: provider.bio,
      active: true,
      serviceIds: [other.id],
      locationIds: [location.id, elsewhere.id],
    });
    expect(saved.serviceIds).toEqual([other.id]);
    const [reread] = (await staff.settings.catalogue()).providers.filter((p) => p.id === provider.id);
    expect(reread).toMatchObject({ title: "DPT, Physical Therapy", serviceIds: [other.id], locationIds: [location.id, elsewhere.id].sort() });
    expect(reread!.serviceIds).not.toContain(service.id);
    expect((await auditsOf("req-provider-update"))[0]).toMatchObject({
      action: "provider.updated",
      metadata: { providerId: provider.id, changedFields: ["title", "serviceIds", "locationIds"] },
    });
  });

  it("refuses a service id that does not exist with a 400 sentence", async () => {
    const { providers } = await createBookingClinic(testDb.db);
    const provider = providers[0]!;
    const { staff } = await admin("req-provider-bad");
    await expect(
      staff.settings.updateProvider({
        id: provider.id,
        name: provider.name,
        title: provider.title,
        bio: provider.bio,
        active: true,
        serviceIds: [crypto.randomUUID()],
        locationIds: [],
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("no longer exists") });
  });
});

describe("settings.updateLocation", () => {
  const fields = {
    name: "Riverside",
    addressLine1: "1 River Rd",
    addressLine2: null,
    city: "Austin",
    region: "TX",
    postalCode: "78704",
    phone: "(512) 555-0123",
    timeZone: "America/Chicago",
  };

  it("saves opening hours in weekday order and audits the change", async () => {
    const location = await createLocation(testDb.db);
    const { staff } = await admin("req-location-update");
    const saved = await staff.settings.updateLocation({
      id: location.id,
      ...fields,
      openingHours: [
        { weekday: 3, opens: "09:00", closes: "18:00" },
        { weekday: 1, opens: "08:00", closes: "17:00" },
      ],
    });
    expect(saved.openingHours.map((day) => day.weekday)).toEqual([1, 3]);
    expect((await auditsOf("req-location-update"))[0]).toMatchObject({ action: "location.updated", metadata: { locationId: location.id } });
  });

  it("refuses a zone that is not IANA with a field message", async () => {
    const location = await createLocation(testDb.db);
    const response = await callOverHttp(staffRouter, {
      db: testDb.db,
      user: await createStaff(testDb.db, "admin"),
      path: "settings.updateLocation",
      type: "mutation",
      input: { id: location.id, ...fields, timeZone: "CST", openingHours: [] },
    });
    expect(response.status).toBe(400);
    expect(response.error?.data.zodError?.fieldErrors.timeZone).toEqual(["Enter an IANA time zone, like America/Chicago."]);
  });
});
