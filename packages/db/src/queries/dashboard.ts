import type { AppointmentStatus } from "@clinic/domain/appointments/appointment-status";
import { and, asc, eq, gte, inArray, lt, sql } from "drizzle-orm";
import type { Executor } from "../client";
import { appointments, locations, providerLocations, providers } from "../schema";

/** The dashboard's aggregate reads: counts and working places, never a patient's details. */

export type StatusCounts = Partial<Record<AppointmentStatus, number>>;

/** Appointments per status starting in [start, end) at one location, optionally of one provider. */
export async function countStatusesAt(
  db: Executor,
  window: { locationId?: string; start: Date; end: Date; providerId?: string },
): Promise<StatusCounts> {
  const rows = await db
    .select({ status: appointments.status, n: sql<number>`count(*)::int` })
    .from(appointments)
    .where(
      and(
        window.locationId ? eq(appointments.locationId, window.locationId) : undefined,
        window.providerId ? eq(appointments.providerId, window.providerId) : undefined,
        gte(appointments.startsAt, window.start),
        lt(appointments.startsAt, window.end),
      ),
    )
    .groupBy(appointments.status);
  return Object.fromEntries(rows.map((row) => [row.status, row.n]));
}

/** Active providers at each location (optionally only some), ordered by provider name. */
export async function listProviderWorkplaces(db: Executor, providerIds?: readonly string[]) {
  return db
    .select({ providerId: providers.id, providerName: providers.name, locationId: locations.id, timeZone: locations.timeZone })
    .from(providerLocations)
    .innerJoin(providers, eq(providers.id, providerLocations.providerId))
    .innerJoin(locations, eq(locations.id, providerLocations.locationId))
    .where(and(eq(providers.active, true), providerIds ? inArray(providers.id, [...providerIds]) : undefined))
    .orderBy(asc(providers.name), asc(locations.name));
}
