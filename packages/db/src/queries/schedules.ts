import type { Executor } from "../client";
import { locations, providerLocations, providers, providerServices, providerWeeklyHours, services } from "../schema";
import type { ServiceCategory } from "@clinic/domain/clinic/service-category";
import type { BookingPolicy } from "@clinic/domain/scheduling/booking-policy";
import { and, asc, eq, gte, isNull, or, sql, type AnyColumn, type SQL } from "drizzle-orm";
import { serviceSummaryColumns } from "./clinic";

/** A service as booking needs it: what patients see of it, and the policy its slots follow. */
export type BookableService = {
  id: string;
  slug: string;
  name: string;
  category: ServiceCategory;
  durationMinutes: number;
  policy: BookingPolicy;
};

/**
 * A service with its booking policy; null when unknown or, unless `includeInactive` (moving an
 * existing appointment of a service since withdrawn), inactive.
 */
export async function findBookableService(
  db: Executor,
  serviceId: string,
  options: { includeInactive?: boolean } = {},
): Promise<BookableService | null> {
  const [row] = await db
    .select({
      ...serviceSummaryColumns,
      bufferBeforeMinutes: services.bufferBeforeMinutes,
      bufferAfterMinutes: services.bufferAfterMinutes,
      minNoticeMinutes: services.minNoticeMinutes,
      bookingHorizonDays: services.bookingHorizonDays,
      slotIntervalMinutes: services.slotIntervalMinutes,
      changeCutoffMinutes: services.changeCutoffMinutes,
    })
    .from(services)
    .where(and(eq(services.id, serviceId), options.includeInactive ? undefined : and(eq(services.active, true), eq(services.onlineBookable, true))))
    .limit(1);
  return row ? withPolicy(row) : null;
}

/** Weekly hours that still apply (or will): a rota that ended before yesterday books nothing. */
function hoursStillApply(): SQL {
  return or(isNull(providerWeeklyHours.effectiveTo), gte(providerWeeklyHours.effectiveTo, sql`current_date - 1`)) as SQL;
}

export type BookingLocation = {
  id: string;
  slug: string;
  name: string;
  timeZone: string;
  phone: string;
  addressLine1: string;
  addressLine2: string | null;
  city: string;
  region: string;
  postalCode: string;
};
export type BookableProvider = { id: string; slug: string; name: string; title: string };

type ServiceJson = Omit<BookableService, "policy"> & Omit<BookingPolicy, "durationMinutes">;
type BookingContextRow = { service: ServiceJson | null; location: BookingLocation | null; providers: BookableProvider[] | null };
type BookingContextRequest = { serviceId: string; locationId: string; providerId?: string };
type EligibilityRequest = { serviceId: string; locationId: string | AnyColumn; providerId?: string };

/**
 * Whether a row of `providers` can be booked online for the service at the location: active,
 * offering the service, working at the location and with weekly hours there that still apply;
 * and, when `providerId` is given, that provider. `locationId` may be a column (every location).
 */
export function providerEligibility({ serviceId, locationId, providerId }: EligibilityRequest): SQL {
  const location = typeof locationId === "string" ? sql`${locationId}::uuid` : locationId;
  return sql`${providers.active}
    ${providerId ? sql`and ${providers.id} = ${providerId}::uuid` : sql``}
    and exists (select 1 from ${providerServices}
      where ${providerServices.providerId} = ${providers.id} and ${providerServices.serviceId} = ${serviceId}::uuid)
    and exists (select 1 from ${providerLocations}
      where ${providerLocations.providerId} = ${providers.id} and ${providerLocations.locationId} = ${location})
    and exists (select 1 from ${providerWeeklyHours}
      where ${providerWeeklyHours.providerId} = ${providers.id} and ${providerWeeklyHours.locationId} = ${location}
        and ${hoursStillApply()})`;
}

/**
 * The service, location and providers columns of a booking read (loadBookingState,
 * loadSearchState); `candidates` is a query of (id, slug, name, title) rows, so a statement that
 * also needs the providers' ids can share it.
 */
export function bookingContextColumns({ serviceId, locationId }: BookingContextRequest, candidates: SQL): SQL {
  const s = services;
  const l = locations;
  return sql`
      (select json_build_object(
          'id', ${s.id}, 'slug', ${s.slug}, 'name', ${s.name}, 'category', ${s.category}, 'durationMinutes', ${s.durationMinutes},
          'bufferBeforeMinutes', ${s.bufferBeforeMinutes}, 'bufferAfterMinutes', ${s.bufferAfterMinutes},
          'minNoticeMinutes', ${s.minNoticeMinutes}, 'bookingHorizonDays', ${s.bookingHorizonDays},
          'slotIntervalMinutes', ${s.slotIntervalMinutes}, 'changeCutoffMinutes', ${s.changeCutoffMinutes})
        from ${s} where ${s.id} = ${serviceId}::uuid and ${s.active} and ${s.onlineBookable}) as service,
      (select json_build_object('id', ${l.id}, 'slug', ${l.slug}, 'name', ${l.name}, 'timeZone', ${l.timeZone}, 'phone', ${l.phone},
          'addressLine1', ${l.addressLine1}, 'addressLine2', ${l.addressLine2}, 'city', ${l.city}, 'region', ${l.region}, 'postalCode', ${l.postalCode})
        from ${l} where ${l.id} = ${locationId}::uuid) as location,
      (select json_agg(json_build_object('id', c.id, 'slug', c.slug, 'name', c.name, 'title', c.title) order by c.name, c.id)
        from (${candidates}) c) as providers`;
}

export function toBookingContext(row: BookingContextRow | undefined): {
  service: BookableService | null;
  location: BookingLocation | null;
  providers: BookableProvider[];
} {
  const service = row?.service ? withPolicy(row.service) : null;
  return { service, location: row?.location ?? null, providers: row?.providers ?? [] };
}

function withPolicy(row: ServiceJson): BookableService {
  const { id, slug, name, category, ...policy } = row;
  return { id, slug, name, category, durationMinutes: policy.durationMinutes, policy };
}

/**
 * Every location where `serviceId` can be booked online, by name, with the providers who can be
 * booked there (providerEligibility), by name.
 */
export async function listBookingLocations(db: Executor, serviceId: string) {
  const rows = await db
    .select({
      locationId: locations.id,
      locationSlug: locations.slug,
      locationName: locations.name,
      locationCity: locations.city,
      locationTimeZone: locations.timeZone,
      providerId: providers.id,
      providerSlug: providers.slug,
      providerName: providers.name,
      providerTitle: providers.title,
    })
    .from(locations)
    .innerJoin(providers, providerEligibility({ serviceId, locationId: locations.id }))
    .orderBy(asc(locations.name), asc(locations.id), asc(providers.name), asc(providers.id));

  const byLocation = new Map<
    string,
    { id: string; slug: string; name: string; city: string; timeZone: string; providers: { id: string; slug: string; name: string; title: string }[] }
  >();
  for (const row of rows) {
    let location = byLocation.get(row.locationId);
    if (!location) {
      location = {
        id: row.locationId,
        slug: row.locationSlug,
        name: row.locationName,
        city: row.locationCity,
        timeZone: row.locationTimeZone,
        providers: [],
      };
      byLocation.set(row.locationId, location);
    }
    location.providers.push({ id: row.providerId, slug: row.providerSlug, name: row.providerName, title: row.providerTitle });
  }
  return [...byLocation.values()];
}

/**
 * Queues reschedules of one provider's visits until the transaction ends (a transaction takes at
 * most one of these, so two can never wait on each other in a cycle). Bookings do not take it:
 * the exclusion constraints decide between them and anything else.
 */
export async function lockProviderSchedule(tx: Executor, providerId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`provider-schedule:${providerId}`}, 0))`);
}
