import type { MediaUpload } from "@clinic/domain/media/upload";
import { eq } from "drizzle-orm";
import type { Executor } from "../client";
import { mediaStorageEnv } from "../env";
import { s3MediaObjects, type MediaObjects } from "../media-object-store";
import { media } from "../schema";
import { recordAudit, type AuditContext } from "./audit";

export type StoredMedia = { id: string; sha256: string; contentType: string; width: number; height: number; alt: string };
export type MediaBytes = { contentType: string; bytes: Buffer };

/**
 * Where image bytes live: PostgreSQL by default, an S3-compatible store when MEDIA_S3_* is set; the
 * `media` row (hash, type, size, alt) is in PostgreSQL either way (decisions 0093, 0095).
 */
export interface MediaStore {
  store(ctx: AuditContext, upload: MediaUpload): Promise<StoredMedia & { created: boolean }>;
  read(sha256: string): Promise<MediaBytes | null>;
}

const storedColumns = {
  id: media.id,
  sha256: media.sha256,
  contentType: media.contentType,
  width: media.width,
  height: media.height,
  alt: media.alt,
};

/**
 * Stores an upload once per content hash and audits the upload either way, in one transaction.
 * `bytesInRow: false` keeps the row without bytes (they were written to the object store first).
 */
export async function storeMedia(db: Executor, ctx: AuditContext, upload: MediaUpload, { bytesInRow = true } = {}): Promise<StoredMedia & { created: boolean }> {
  return db.transaction(async (tx: Executor) => {
    const [inserted] = await tx
      .insert(media)
      .values({
        sha256: upload.sha256,
        contentType: upload.contentType,
        byteSize: upload.bytes.byteLength,
        width: upload.width,
        height: upload.height,
        alt: upload.alt,
        bytes: bytesInRow ? Buffer.from(upload.bytes.buffer, upload.bytes.byteOffset, upload.bytes.byteLength) : null,
        uploadedBy: ctx.user?.id ?? null,
      })
      .onConflictDoNothing({ target: media.sha256 })
      .returning(storedColumns);
    const row = inserted ?? (await tx.select(storedColumns).from(media).where(eq(media.sha256, upload.sha256)))[0];
    if (!row) throw new Error("media row vanished between insert and select");
    await recordAudit(tx, ctx, {
      action: "media.uploaded",
      patientId: null,
      metadata: { mediaId: row.id, created: inserted !== undefined, byteSize: upload.bytes.byteLength },
    });
    return { ...row, created: inserted !== undefined };
  });
}

/** The row's content type and, when PostgreSQL holds them, its bytes (null bytes: in the object store). */
async function readMediaRow(db: Executor, sha256: string) {
  const [row] = await db.select({ contentType: media.contentType, bytes: media.bytes }).from(media).where(eq(media.sha256, sha256));
  return row ?? null;
}

/** The original bytes for the immutable media route, from PostgreSQL. */
export async function readMediaBytes(db: Executor, sha256: string): Promise<MediaBytes | null> {
  const row = await readMediaRow(db, sha256);
  return row?.bytes ? { contentType: row.contentType, bytes: row.bytes } : null;
}

export function postgresMediaStore(db: Executor): MediaStore {
  return { store: (ctx, upload) => storeMedia(db, ctx, upload), read: (sha256) => readMediaBytes(db, sha256) };
}

/**
 * Bytes in an object store, metadata in PostgreSQL. The object is written before the row, so a row
 * never points at missing bytes; rows stored before the store was configured are still read from PostgreSQL.
 */
export function objectMediaStore(db: Executor, objects: MediaObjects): MediaStore {
  return {
    async store(ctx, upload) {
      await objects.put(upload.sha256, upload.contentType, upload.bytes);
      return storeMedia(db, ctx, upload, { bytesInRow: false });
    },
    async read(sha256) {
      const row = await readMediaRow(db, sha256);
      if (!row) return null;
      if (row.bytes) return { contentType: row.contentType, bytes: row.bytes };
      const bytes = await objects.get(sha256);
      return bytes ? { contentType: row.contentType, bytes } : null;
    },
  };
}

let configuredObjects: MediaObjects | null | undefined;

/** The media store this process is configured for (MEDIA_S3_* validated at start-up by the apps). */
export function mediaStore(db: Executor): MediaStore {
  if (configuredObjects === undefined) {
    const settings = mediaStorageEnv();
    configuredObjects = settings ? s3MediaObjects(settings) : null;
  }
  return configuredObjects ? objectMediaStore(db, configuredObjects) : postgresMediaStore(db);
}
