// Test data for booking procedures: a location with providers who work every day, so tests can
// pick any future date. Times are wall-clock times at the location, like the patient sees them.
import type { Database } from "@clinic/db/client";
import type { BookingPolicy } from "@clinic/domain/scheduling/booking-policy";
import { addCalendarDays, todayInZone, toZonedIsoString, wallClockToInstant } from "@clinic/domain/time/zoned-time";
import { sql } from "drizzle-orm";
import { createAppointment, createLocation, createPatient, createProvider, createService, createWeeklyHours } from "../../testing/fixtures";

export const TIME_ZONE = "America/Chicago";

export async function createBookingClinic(
  db: Database,
  options: { providers?: number; policy?: Partial<Omit<BookingPolicy, "durationMinutes">>; durationMinutes?: number; hours?: [string, string] } = {},
) {
  const location = await createLocation(db, { name: "Riverbend Downtown", timeZone: TIME_ZONE });
  const service = await createService(db, {
    name: "Physical therapy session",
    category: "physical_therapy",
    durationMinutes: options.durationMinutes ?? 60,
    ...options.policy,
  });
  const [opens, closes] = options.hours ?? ["09:00", "17:00"];
  const providers = [];
  for (let index = 0; index < (options.providers ?? 1); index++) {
    const provider = await createProvider(db, {
      name: `Dr. Booking ${String.fromCharCode(65 + index)} ${location.slug}`,
      disciplines: ["physical_therapy"],
      locationIds: [location.id],
      serviceIds: [service.id],
    });
    for (let weekday = 1; weekday <= 7; weekday++) {
      await createWeeklyHours(db, { providerId: provider.id, locationId: location.id, weekday, start: opens, end: closes });
    }
    providers.push(provider);
  }
  return { location, service, providers };
}

/** The local date `days` after today at the test location. */
/** A booking clinic with one new patient's visit with its first provider at `startsAt`. */
export async function createClinicWithVisit(
  db: Database,
  options: { startsAt: Date; status?: "booked" | "checked_in" | "cancelled"; policy?: Partial<Omit<BookingPolicy, "durationMinutes">> },
) {
  const clinic = await createBookingClinic(db, { policy: options.policy });
  const provider = clinic.providers[0]!;
  const patient = await createPatient(db);
  const visit = await createAppointment(db, {
    patientId: patient.patientId,
    providerId: provider.id,
    serviceId: clinic.service.id,
    locationId: clinic.location.id,
    startsAt: options.startsAt,
    ...(options.status ? { status: options.status } : {}),
  });
  return { ...clinic, provider, patient, visit };
}

export function dateAhead(days: number): string {
  return addCalendarDays(todayInZone(TIME_ZONE), days);
}

/** The instant of wall-clock `time` on local `date` at the test location. */
export function at(date: string, time: string): Date {
  return wallClockToInstant(date, time, TIME_ZONE);
}

/** The same instant as availability.search writes it ("2027-03-14T10:00:00-05:00"). */
export function zoned(instant: Date): string {
  return toZonedIsoString(instant, TIME_ZONE);
}

export async function createPatients(db: Database, count: number) {
  const patients = [];
  for (let index = 0; index < count; index++) patients.push(await createPatient(db));
  return patients;
}

export async function countRows(db: Database, query: ReturnType<typeof sql>): Promise<number> {
  const result = await db.execute<{ count: string }>(query);
  return Number(result.rows[0]?.count ?? 0);
}

/** The pending reminder job of one appointment (graphile-worker's jobs view), or null. */
export async function reminderJobOf(db: Database, appointmentId: string): Promise<{ runAt: Date; payload: unknown } | null> {
  const result = await db.execute<{ run_at: Date; payload: unknown }>(
    sql`select j.run_at, p.payload from graphile_worker.jobs j join graphile_worker._private_jobs p on p.id = j.id where j.key = ${`appointment-reminder:${appointmentId}`}`,
  );
  const row = result.rows[0];
  return row ? { runAt: new Date(row.run_at), payload: row.payload } : null;
}
