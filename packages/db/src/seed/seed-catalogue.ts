import { readFile } from "node:fs/promises";
import { placeholderPhotoAlt } from "@clinic/domain/media/provider-photo";
import { checkMediaUpload } from "@clinic/domain/media/upload";
import { and, eq, notInArray, sql } from "drizzle-orm";
import { type Executor } from "../client";
import { mediaStore } from "../queries/media";
import { setProviderPhoto } from "../queries/provider-photos";
import { locations, providerLocations, providers, providerServices, services } from "../schema";
import { DEMO_LOCATIONS, DEMO_PROVIDERS, DEMO_SERVICES } from "./content";

/** slug → id of every seeded row of one kind. */
export type IdsBySlug = Map<string, string>;

export type Catalogue = { locationIds: IdsBySlug; serviceIds: IdsBySlug; providerIds: IdsBySlug };

/**
 * Locations, services and providers are upserted by slug so that edits to the demo content reach
 * an existing database on the next `pnpm dev`; their links are made to match the content exactly.
 */
export async function seedCatalogue(tx: Executor): Promise<Catalogue> {
  const locationIds = new Map<string, string>();
  for (const location of DEMO_LOCATIONS) {
    const { slug, ...fields } = location;
    const [row] = await tx
      .insert(locations)
      .values(location)
      .onConflictDoUpdate({ target: locations.slug, set: fields })
      .returning({ id: locations.id });
    locationIds.set(slug, row!.id);
  }

  const serviceIds = new Map<string, string>();
  for (const service of DEMO_SERVICES) {
    const { slug, booking, ...fields } = service;
    // The booking policy is part of the content too (buffers, notice, horizon, slot interval, cutoff).
    const values = { ...fields, ...booking, active: true };
    const [row] = await tx
      .insert(services)
      .values({ slug, ...values })
      .onConflictDoUpdate({ target: services.slug, set: values })
      .returning({ id: services.id });
    serviceIds.set(slug, row!.id);
  }

  const providerIds = new Map<string, string>();
  for (const provider of DEMO_PROVIDERS) {
    const { slug, serviceSlugs, locationSlugs, ...fields } = provider;
    const [row] = await tx
      .insert(providers)
      .values({ slug, ...fields, active: true })
      .onConflictDoUpdate({ target: providers.slug, set: { ...fields, active: true } })
      .returning({ id: providers.id, photoMediaId: providers.photoMediaId });
    const providerId = row!.id;
    providerIds.set(slug, providerId);
    // Only a provider without a photo gets the placeholder: a re-seed never replaces an uploaded portrait.
    if (!row!.photoMediaId) await seedPlaceholderPhoto(tx, providerId, slug, provider.name);

    const linkedServiceIds = serviceSlugs.map((serviceSlug) => requireId(serviceIds, serviceSlug, `service of ${slug}`));
    const linkedLocationIds = locationSlugs.map((locationSlug) => requireId(locationIds, locationSlug, `location of ${slug}`));
    if (linkedServiceIds.length > 0) {
      await tx
        .insert(providerServices)
        .values(linkedServiceIds.map((serviceId) => ({ providerId, serviceId })))
        .onConflictDoNothing();
    }
    await tx
      .delete(providerServices)
      .where(and(eq(providerServices.providerId, providerId), notInArray(providerServices.serviceId, linkedServiceIds)));
    if (linkedLocationIds.length > 0) {
      await tx
        .insert(providerLocations)
        .values(linkedLocationIds.map((locationId) => ({ providerId, locationId })))
        .onConflictDoNothing();
    }
    await tx
      .delete(providerLocations)
      .where(and(eq(providerLocations.providerId, providerId), notInArray(providerLocations.locationId, linkedLocationIds)));
  }

  return { locationIds, serviceIds, providerIds };
}

/** Links a staff log-in to a provider's profile (and unlinks it from any other). */
export async function linkProviderAccount(tx: Executor, providerId: string, userId: string): Promise<void> {
  await tx
    .update(providers)
    .set({ userId: null })
    .where(and(eq(providers.userId, userId), sql`${providers.id} <> ${providerId}`));
  await tx.update(providers).set({ userId }).where(eq(providers.id, providerId));
}

export function requireId(ids: IdsBySlug, slug: string, what: string): string {
  const id = ids.get(slug);
  if (!id) throw new Error(`Demo content refers to unknown ${what}: "${slug}".`);
  return id;
}


/**
 * Neutral silhouettes labelled "Placeholder" (PNGs in ./assets, drawn by us), stored through the same
 * check and store as uploads so the demo exercises the real photo path (decision 0095).
 */
async function seedPlaceholderPhoto(tx: Executor, providerId: string, slug: string, name: string): Promise<void> {
  const bytes = await readFile(new URL(`./assets/provider-placeholder-${slug}.png`, import.meta.url));
  const decision = await checkMediaUpload(bytes, placeholderPhotoAlt(name));
  if (!decision.ok) throw new Error(`placeholder photo for ${slug}: ${decision.refusal.message}`);
  const stored = await mediaStore(tx).store({ user: null, requestId: "demo-seed", ip: null }, decision.upload);
  await setProviderPhoto(tx, providerId, { mediaId: stored.id, alt: decision.upload.alt });
}
