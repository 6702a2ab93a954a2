import type { Executor } from "../client";
import { locations, media, providerLocations, providers, providerServices, services } from "../schema";
import { photoMediaJoin, providerPhotoColumns, withProviderPhoto } from "./provider-photos";
import type { ServiceCategory } from "@clinic/domain/clinic/service-category";
import { and, asc, eq, inArray, sql } from "drizzle-orm";

/** Locations as a short reference (menus, cards), ordered by name. */
export async function listLocationSummaries(db: Executor) {
  return db
    .select({ id: locations.id, slug: locations.slug, name: locations.name, city: locations.city })
    .from(locations)
    .orderBy(asc(locations.name));
}

/** A location as pages and settings show it: address, phone, zone and opening hours. */
export const locationColumns = {
  id: locations.id,
  slug: locations.slug,
  name: locations.name,
  addressLine1: locations.addressLine1,
  addressLine2: locations.addressLine2,
  city: locations.city,
  region: locations.region,
  postalCode: locations.postalCode,
  phone: locations.phone,
  timeZone: locations.timeZone,
  openingHours: locations.openingHours,
};

export async function listLocations(db: Executor) {
  return db.select(locationColumns).from(locations).orderBy(asc(locations.name));
}

/** What every list of services shows of one. */
export const serviceSummaryColumns = {
  id: services.id,
  slug: services.slug,
  name: services.name,
  category: services.category,
  durationMinutes: services.durationMinutes,
};

/** Bookable services: active only, by discipline (the enum's order) then name. */
export async function listActiveServices(db: Executor, category?: ServiceCategory) {
  return db
    .select({ ...serviceSummaryColumns, description: services.description })
    .from(services)
    .where(and(eq(services.active, true), eq(services.onlineBookable, true), category ? eq(services.category, category) : undefined))
    .orderBy(asc(services.category), asc(services.name));
}

/** Active providers (optionally of one discipline) with the locations they work at and their active services. */
export async function listActiveProviders(db: Executor, category?: ServiceCategory) {
  const rows = await db
    .select({
      id: providers.id,
      slug: providers.slug,
      name: providers.name,
      title: providers.title,
      bio: providers.bio,
      disciplines: providers.disciplines,
      ...providerPhotoColumns,
    })
    .from(providers)
    .leftJoin(media, photoMediaJoin)
    .where(
      and(
        eq(providers.active, true),
        category ? sql`${category}::service_category = any(${providers.disciplines})` : undefined,
      ),
    )
    .orderBy(asc(providers.name));
  if (rows.length === 0) return [];

  const ids = rows.map((row) => row.id);
  const [locationLinks, serviceLinks] = await Promise.all([
    db
      .select({ providerId: providerLocations.providerId, id: locations.id, slug: locations.slug, name: locations.name })
      .from(providerLocations)
      .innerJoin(locations, eq(locations.id, providerLocations.locationId))
      .where(inArray(providerLocations.providerId, ids))
      .orderBy(asc(locations.name)),
    db
      .select({ providerId: providerServices.providerId, id: services.id, slug: services.slug, name: services.name })
      .from(providerServices)
      .innerJoin(services, eq(services.id, providerServices.serviceId))
      .where(and(inArray(providerServices.providerId, ids), eq(services.active, true)))
      .orderBy(asc(services.name)),
  ]);

  return rows.map((row) => ({
    ...withProviderPhoto(row),
    locations: locationLinks.filter((link) => link.providerId === row.id).map(({ id, slug, name }) => ({ id, slug, name })),
    services: serviceLinks.filter((link) => link.providerId === row.id).map(({ id, slug, name }) => ({ id, slug, name })),
  }));
}
