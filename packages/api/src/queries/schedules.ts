import type { Executor } from "@clinic/db/client";
import { locations, providerLocations, providers, providerServices, providerWeeklyHours, services } from "@clinic/db/schema";
import type { ServiceCategory } from "@clinic/domain/clinic/service-category";
import type { BookingPolicy } from "@clinic/domain/scheduling/booking-policy";
import { and, asc, eq, gte, isNull, or, sql, type SQL } from "drizzle-orm";

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
      id: services.id,
      slug: services.slug,
      name: services.name,
      category: services.category,
      durationMinutes: services.durationMinutes,
      bufferBeforeMinutes: services.bufferBeforeMinutes,
      bufferAfterMinutes: services.bufferAfterMinutes,
      minNoticeMinutes: services.minNoticeMinutes,
      bookingHorizonDays: services.bookingHorizonDays,
      slotIntervalMinutes: services.slotIntervalMinutes,
      changeCutoffMinutes: services.changeCutoffMinutes,
    })
    .from(services)
    .where(and(eq(services.id, serviceId), options.includeInactive ? undefined : eq(services.active, true)))
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

/**
 * Whether provider `p` can be booked online for the service at the location: active, offering
 * the service (provider_services), working at the location (provider_locations) and with weekly
 * hours there; and, when `providerId` is given, that provider.
 */
export function providerEligibility({ serviceId, locationId, providerId }: BookingContextRequest): SQL {
  return sql`p.active
    ${providerId ? sql`and p.id = ${providerId}::uuid` : sql``}
    and exists (select 1 from provider_services ps where ps.provider_id = p.id and ps.service_id = ${serviceId}::uuid)
    and exists (select 1 from provider_locations pl where pl.provider_id = p.id and pl.location_id = ${locationId}::uuid)
    and exists (
      select 1 from provider_weekly_hours
      where provider_weekly_hours.provider_id = p.id and provider_weekly_hours.location_id = ${locationId}::uuid
        and ${hoursStillApply()})`;
}

/**
 * The service, location and providers columns of findBookingContext; `providers` is a query of
 * (id, slug, name, title) rows, so a statement that also needs the providers' ids can share it.
 */
export function bookingContextColumns({ serviceId, locationId }: BookingContextRequest, providers: SQL): SQL {
  return sql`
      (select json_build_object(
          'id', s.id, 'slug', s.slug, 'name', s.name, 'category', s.category, 'durationMinutes', s.duration_minutes,
          'bufferBeforeMinutes', s.buffer_before_minutes, 'bufferAfterMinutes', s.buffer_after_minutes,
          'minNoticeMinutes', s.min_notice_minutes, 'bookingHorizonDays', s.booking_horizon_days,
          'slotIntervalMinutes', s.slot_interval_minutes, 'changeCutoffMinutes', s.change_cutoff_minutes)
        from services s where s.id = ${serviceId}::uuid and s.active) as service,
      (select json_build_object('id', l.id, 'slug', l.slug, 'name', l.name, 'timeZone', l.time_zone, 'phone', l.phone,
          'addressLine1', l.address_line1, 'addressLine2', l.address_line2, 'city', l.city, 'region', l.region, 'postalCode', l.postal_code)
        from locations l where l.id = ${locationId}::uuid) as location,
      (select json_agg(json_build_object('id', c.id, 'slug', c.slug, 'name', c.name, 'title', c.title) order by c.name, c.id)
        from (${providers}) c) as providers`;
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
 * booked there (the rules of findBookingContext), by name.
 */
export async function listBookingLocations(db: Executor, serviceId: string) {
  const rows = await db
    .selectDistinct({
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
    .from(providerWeeklyHours)
    .innerJoin(providers, eq(providers.id, providerWeeklyHours.providerId))
    .innerJoin(locations, eq(locations.id, providerWeeklyHours.locationId))
    .innerJoin(providerServices, and(eq(providerServices.providerId, providers.id), eq(providerServices.serviceId, serviceId)))
    .innerJoin(providerLocations, and(eq(providerLocations.providerId, providers.id), eq(providerLocations.locationId, locations.id)))
    .where(and(eq(providers.active, true), hoursStillApply()))
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
