import { mediaPath } from "@clinic/domain/media/upload";
import { eq, sql } from "drizzle-orm";
import type { Executor } from "../client";
import { media, providers } from "../schema";

/** A provider's portrait as pages show it: the immutable media route, its pixel size and its description. */
export type ProviderPhoto = { url: string; width: number; height: number; alt: string };

/** Columns to select beside a provider, with `media` left-joined by `photoMediaJoin`. */
export const providerPhotoColumns = {
  photoSha256: media.sha256,
  photoWidth: media.width,
  photoHeight: media.height,
  photoAlt: providers.photoAlt,
};
export const photoMediaJoin = eq(media.id, providers.photoMediaId);

type PhotoColumns = { photoSha256: string | null; photoWidth: number | null; photoHeight: number | null; photoAlt: string | null };

/** Folds the joined columns into one `photo` (null when the provider has none). */
export function withProviderPhoto<Row extends PhotoColumns>(row: Row): Omit<Row, keyof PhotoColumns> & { photo: ProviderPhoto | null } {
  const { photoSha256, photoWidth, photoHeight, photoAlt, ...rest } = row;
  const photo = photoSha256 && photoWidth && photoHeight && photoAlt ? { url: mediaPath(photoSha256), width: photoWidth, height: photoHeight, alt: photoAlt } : null;
  return { ...rest, photo };
}

/** Points the provider at a stored image (or at none); the media row itself is kept for other uses. */
export async function setProviderPhoto(db: Executor, providerId: string, photo: { mediaId: string; alt: string } | null): Promise<void> {
  await db
    .update(providers)
    .set({ photoMediaId: photo?.mediaId ?? null, photoAlt: photo?.alt ?? null, updatedAt: sql`now()` })
    .where(eq(providers.id, providerId));
}

/** The provider's current photo, read under the caller's lock, for the audit trail and the answer. */
export async function readProviderPhoto(db: Executor, providerId: string): Promise<{ name: string; photo: ProviderPhoto | null } | null> {
  const [row] = await db
    .select({ name: providers.name, ...providerPhotoColumns })
    .from(providers)
    .leftJoin(media, photoMediaJoin)
    .where(eq(providers.id, providerId));
  return row ? withProviderPhoto(row) : null;
}
