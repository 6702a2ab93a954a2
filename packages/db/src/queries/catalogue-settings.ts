import type { LocationSettings, ProviderProfile, ServiceSettings } from "@clinic/domain/clinic/catalogue-settings";
import { and, asc, eq, inArray, notInArray, sql } from "drizzle-orm";
import type { Executor } from "../client";
import { locationColumns } from "./clinic";
import { photoMediaJoin, providerPhotoColumns, withProviderPhoto } from "./provider-photos";
import { locations, media, providerLocations, providers, providerServices, services } from "../schema";

/** The settings pages' reads and writes: every service, provider and location, active or not. */

const serviceSettingsColumns = {
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
  active: services.active,
  onlineBookable: services.onlineBookable,
};

export async function listServiceSettings(db: Executor) {
  return db.select(serviceSettingsColumns).from(services).orderBy(asc(services.category), asc(services.name));
}

export async function findServiceSettings(db: Executor, serviceId: string) {
  const [row] = await db.select(serviceSettingsColumns).from(services).where(eq(services.id, serviceId)).limit(1);
  return row ?? null;
}

/** Locks the row (FOR UPDATE) so two administrators' saves are audited against what each replaced. */
export async function lockServiceSettings(db: Executor, serviceId: string) {
  const [row] = await db.select(serviceSettingsColumns).from(services).where(eq(services.id, serviceId)).for("update").limit(1);
  return row ?? null;
}

export async function updateServiceSettings(db: Executor, serviceId: string, settings: ServiceSettings): Promise<void> {
  await db.update(services).set({ ...settings, updatedAt: sql`now()` }).where(eq(services.id, serviceId));
}

const providerProfileColumns = {
  id: providers.id,
  slug: providers.slug,
  name: providers.name,
  title: providers.title,
  bio: providers.bio,
  active: providers.active,
  ...providerPhotoColumns,
};

/** Every provider with the ids of the services they offer and the locations they work at. */
export async function listProviderSettings(db: Executor, providerId?: string) {
  const rows = await db
    .select(providerProfileColumns)
    .from(providers)
    .leftJoin(media, photoMediaJoin)
    .where(providerId ? eq(providers.id, providerId) : undefined)
    .orderBy(asc(providers.name));
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const [serviceLinks, locationLinks] = await Promise.all([
    db.select().from(providerServices).where(inArray(providerServices.providerId, ids)),
    db.select().from(providerLocations).where(inArray(providerLocations.providerId, ids)),
  ]);
  return rows.map((row) => ({
    ...withProviderPhoto(row),
    serviceIds: serviceLinks.filter((link) => link.providerId === row.id).map((link) => link.serviceId).sort(),
    locationIds: locationLinks.filter((link) => link.providerId === row.id).map((link) => link.locationId).sort(),
  }));
}

export async function lockProvider(db: Executor, providerId: string): Promise<boolean> {
  const [row] = await db.select({ id: providers.id }).from(providers).where(eq(providers.id, providerId)).for("update").limit(1);
  return Boolean(row);
}

/** How many of `ids` exist, to refuse a link to a service or location that is not there. */
export async function countExisting(db: Executor, table: "services" | "locations", ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const target = table === "services" ? services : locations;
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(target).where(inArray(target.id, [...ids]));
  return row?.n ?? 0;
}

export async function updateProviderProfile(db: Executor, providerId: string, profile: ProviderProfile): Promise<void> {
  await db.update(providers).set({ ...profile, updatedAt: sql`now()` }).where(eq(providers.id, providerId));
}

/** Makes the provider's service and location links exactly these (adds the new, removes the dropped). */
export async function setProviderOfferings(
  db: Executor,
  providerId: string,
  offerings: { serviceIds: readonly string[]; locationIds: readonly string[] },
): Promise<void> {
  const serviceIds = [...offerings.serviceIds];
  const locationIds = [...offerings.locationIds];
  await db
    .delete(providerServices)
    .where(and(eq(providerServices.providerId, providerId), serviceIds.length ? notInArray(providerServices.serviceId, serviceIds) : undefined));
  await db
    .delete(providerLocations)
    .where(and(eq(providerLocations.providerId, providerId), locationIds.length ? notInArray(providerLocations.locationId, locationIds) : undefined));
  if (serviceIds.length) {
    await db.insert(providerServices).values(serviceIds.map((serviceId) => ({ providerId, serviceId }))).onConflictDoNothing();
  }
  if (locationIds.length) {
    await db.insert(providerLocations).values(locationIds.map((locationId) => ({ providerId, locationId }))).onConflictDoNothing();
  }
}

export async function lockLocationSettings(db: Executor, locationId: string) {
  const [row] = await db.select(locationColumns).from(locations).where(eq(locations.id, locationId)).for("update").limit(1);
  return row ?? null;
}

export async function updateLocationSettings(db: Executor, locationId: string, settings: LocationSettings): Promise<void> {
  await db.update(locations).set({ ...settings, updatedAt: sql`now()` }).where(eq(locations.id, locationId));
}
