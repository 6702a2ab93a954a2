import type { MediaUpload } from "@clinic/domain/media/upload";
import { eq } from "drizzle-orm";
import type { Database, Executor } from "../client";
import { media } from "../schema";
import { recordAudit, type AuditContext } from "./audit";

export type StoredMedia = { id: string; sha256: string; contentType: string; width: number; height: number; alt: string };
export type MediaBytes = { contentType: string; bytes: Buffer };

/**
 * Where image bytes live. PostgreSQL is the only implementation; an S3-compatible store would
 * implement the same two calls and keep the `media` row without bytes (decision 0093).
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

/** Stores an upload once per content hash and audits the upload either way, in one transaction. */
export async function storeMedia(db: Executor, ctx: AuditContext, upload: MediaUpload): Promise<StoredMedia & { created: boolean }> {
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
        bytes: Buffer.from(upload.bytes.buffer, upload.bytes.byteOffset, upload.bytes.byteLength),
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

/** The original bytes for the immutable media route. */
export async function readMediaBytes(db: Executor, sha256: string): Promise<MediaBytes | null> {
  const [row] = await db.select({ contentType: media.contentType, bytes: media.bytes }).from(media).where(eq(media.sha256, sha256));
  return row ?? null;
}

export function postgresMediaStore(db: Database): MediaStore {
  return { store: (ctx, upload) => storeMedia(db, ctx, upload), read: (sha256) => readMediaBytes(db, sha256) };
}
