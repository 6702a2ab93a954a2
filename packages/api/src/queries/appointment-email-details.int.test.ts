import { createTestDatabase, type TestDatabase } from "@clinic/db/testing";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { at, createBookingClinic, dateAhead } from "../routers/appointments/booking-test-clinic";
import { createAppointment, createPatient } from "../testing/fixtures";
import { loadAppointmentEmailDetails } from "./appointment-email-details";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb.drop());

describe("loadAppointmentEmailDetails", () => {
  it("gathers the patient's address and the visit's details, in the location's zone", async () => {
    const { location, service, providers } = await createBookingClinic(testDb.db);
    const patient = await createPatient(testDb.db, { name: "Alex Rivera" });
    const startsAt = at(dateAhead(9), "10:00");
    const appointment = await createAppointment(testDb.db, {
      patientId: patient.patientId,
      providerId: providers[0]!.id,
      serviceId: service.id,
      locationId: location.id,
      startsAt,
      reason: "Private words",
    });

    const source = await loadAppointmentEmailDetails(testDb.db, appointment.id);

    expect(source).toEqual({
      toAddress: patient.email,
      status: "booked",
      startsAt,
      details: {
        patientName: "Alex Rivera",
        serviceName: "Physical therapy session",
        providerName: providers[0]!.name,
        locationName: "Riverbend Downtown",
        locationAddress: "100 Congress Ave, Austin, TX 78701",
        locationPhone: location.phone,
        timeZone: "America/Chicago",
        startsAt,
        endsAt: new Date(startsAt.getTime() + 3_600_000),
        manageUrl: expect.stringMatching(/^https?:\/\/[^/]+\/appointments$/),
      },
    });
    expect(JSON.stringify(source)).not.toContain("Private words");
  });

  it("is null for an unknown appointment", async () => {
    expect(await loadAppointmentEmailDetails(testDb.db, randomUUID())).toBeNull();
  });
});
