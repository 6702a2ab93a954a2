import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing";
import { createVisitClinic } from "../testing/visits";
import { findAppointmentEmailRow } from "./appointment-email-details";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb.drop());

describe("findAppointmentEmailRow", () => {
  it("gathers the patient's address and the visit's details, with the location's zone", async () => {
    const clinic = await createVisitClinic(testDb.db);
    const startsAt = new Date("2027-03-09T16:00:00Z");
    const appointment = await clinic.book({ startsAt, reason: "Private words" });

    const row = await findAppointmentEmailRow(testDb.db, appointment.id);

    expect(row).toEqual({
      toAddress: clinic.patient.email,
      patientName: "Alex Rivera",
      status: "booked",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3_600_000),
      serviceName: "Physical therapy session",
      providerName: "Dr. Maya Okafor",
      locationName: "Riverbend Downtown",
      addressLine1: "100 Congress Ave",
      addressLine2: null,
      city: "Austin",
      region: "TX",
      postalCode: "78701",
      locationPhone: "(512) 555-0100",
      timeZone: "America/Chicago",
    });
    expect(JSON.stringify(row)).not.toContain("Private words");
  });

  it("is null for an unknown appointment", async () => {
    expect(await findAppointmentEmailRow(testDb.db, randomUUID())).toBeNull();
  });
});
