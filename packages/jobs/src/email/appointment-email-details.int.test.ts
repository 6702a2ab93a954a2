import { createTestDatabase, type TestDatabase } from "@clinic/db/testing";
import { createVisitClinic } from "@clinic/db/testing/visits";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadAppointmentEmailDetails } from "./appointment-email-details";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb.drop());

describe("loadAppointmentEmailDetails", () => {
  it("gives the email's recipient and details: the address on one line, the link to manage appointments", async () => {
    const clinic = await createVisitClinic(testDb.db);
    const startsAt = new Date("2027-03-09T16:00:00Z");
    const appointment = await clinic.book({ startsAt, reason: "Private words" });

    const source = await loadAppointmentEmailDetails(testDb.db, appointment.id);

    expect(source).toEqual({
      toAddress: clinic.patient.email,
      status: "booked",
      startsAt,
      details: {
        patientName: "Alex Rivera",
        serviceName: "Physical therapy session",
        providerName: "Dr. Maya Okafor",
        locationName: "Riverbend Downtown",
        locationAddress: "100 Congress Ave, Austin, TX 78701",
        locationPhone: "(512) 555-0100",
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
