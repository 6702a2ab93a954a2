import { GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import type { MediaS3Settings } from "./env";

/** The bytes side of an S3-compatible media store; metadata stays in PostgreSQL (decision 0095). */
export type MediaObjects = {
  put(sha256: string, contentType: string, bytes: Uint8Array): Promise<void>;
  get(sha256: string): Promise<Buffer | null>;
};

/** Content-addressed: a key is written with the same bytes every time, so a retried or orphaned put is harmless. */
export const mediaObjectKey = (sha256: string) => `media/${sha256}`;

export function s3MediaObjects(settings: MediaS3Settings, client?: S3Client): MediaObjects {
  const s3 =
    client ??
    new S3Client({
      region: settings.region,
      credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
      // S3-compatible servers (MinIO, Ceph, s3rver) are addressed by path, not by bucket subdomain.
      ...(settings.endpoint ? { endpoint: settings.endpoint, forcePathStyle: true } : {}),
    });
  return {
    async put(sha256, contentType, bytes) {
      await s3.send(new PutObjectCommand({ Bucket: settings.bucket, Key: mediaObjectKey(sha256), Body: bytes, ContentType: contentType }));
    },
    async get(sha256) {
      try {
        const object = await s3.send(new GetObjectCommand({ Bucket: settings.bucket, Key: mediaObjectKey(sha256) }));
        return object.Body ? Buffer.from(await object.Body.transformToByteArray()) : null;
      } catch (error) {
        if (error instanceof NoSuchKey) return null;
        throw error;
      }
    },
  };
}
