// A small clinic with one patient to book visits for, written straight with drizzle: for tests of
// the queries and jobs that read appointments (emails, reminders), not of booking itself.
import { randomUUID } from "node:crypto";
import type { Database } from "../client";
import { appointments, locations, patients, providerLocations, providers, providerServices, services, users } from "../schema";

const DAY_MS = 86_400_000;

function one<T>(rows: T[], what: string): T {
  const [row] = rows;
  if (!row) throw new Error(`no ${what} inserted`);
  return row;
}

/** A location in Austin, a one-hour service, its provider and the patient Alex Rivera; `book()` adds visits. */
export async function createVisitClinic(db: Database) {
  const suffix = randomUUID().slice(0, 8);
  const location = one(
    await db
      .insert(locations)
      .values({
        slug: `downtown-${suffix}`,
        name: "Riverbend Downtown",
        addressLine1: "100 Congress Ave",
        city: "Austin",
        region: "TX",
        postalCode: "78701",
        phone: "(512) 555-0100",
        timeZone: "America/Chicago",
        openingHours: [{ weekday: 1, opens: "08:00", closes: "17:00" }],
      })
      .returning(),
    "location",
  );
  const service = one(
    await db
      .insert(services)
      .values({
        slug: `physical-therapy-${suffix}`,
        name: "Physical therapy session",
        category: "physical_therapy",
        durationMinutes: 60,
        description: "A test service.",
      })
      .returning(),
    "service",
  );
  const provider = one(
    await db
      .insert(providers)
      .values({ slug: `maya-okafor-${suffix}`, name: "Dr. Maya Okafor", title: "DPT", bio: "A test provider.", disciplines: ["physical_therapy"] })
      .returning(),
    "provider",
  );
  await db.insert(providerLocations).values({ providerId: provider.id, locationId: location.id });
  await db.insert(providerServices).values({ providerId: provider.id, serviceId: service.id });
  const user = one(
    await db
      .insert(users)
      .values({ role: "patient", name: "Alex Rivera", email: `alex.rivera-${suffix}@example.test`, passwordHash: "$argon2id$v=19$m=19456,t=2,p=1$fixture$fixture" })
      .returning(),
    "user",
  );
  const patientRow = one(await db.insert(patients).values({ userId: user.id }).returning({ id: patients.id }), "patient");
  const patient = { userId: user.id, patientId: patientRow.id, name: user.name, email: user.email };

  let day = 0;
  /** A one-hour visit of the patient, by default each on its own day a few days ahead, so none overlap. */
  const book = async (fields: { startsAt?: Date; status?: "booked" | "cancelled"; reason?: string } = {}) => {
    day += 1;
    const startsAt = fields.startsAt ?? new Date(Date.now() + (2 + day) * DAY_MS);
    const status = fields.status ?? "booked";
    return one(
      await db
        .insert(appointments)
        .values({
          patientId: patient.patientId,
          providerId: provider.id,
          serviceId: service.id,
          locationId: location.id,
          startsAt,
          endsAt: new Date(startsAt.getTime() + 60 * 60_000),
          status,
          bufferBeforeMinutes: 0,
          bufferAfterMinutes: 0,
          reason: fields.reason ?? null,
          cancelledAt: status === "cancelled" ? new Date() : null,
        })
        .returning(),
      "appointment",
    );
  };
  return { location, service, provider, patient, book };
}
