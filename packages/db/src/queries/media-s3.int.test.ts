import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CreateBucketCommand, GetObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { checkMediaUpload } from "@clinic/domain/media/upload";
import { eq } from "drizzle-orm";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MediaS3Settings } from "../env";
import { mediaObjectKey, s3MediaObjects } from "../media-object-store";
import { media } from "../schema";
import { createTestDatabase, type TestDatabase } from "../testing";
import { testPng } from "../testing/png";
import { objectMediaStore, postgresMediaStore } from "./media";

// A real S3 protocol server in-process (s3rver, on disk in a temp folder): the SDK's requests, signing
// and errors are exercised as against MinIO or AWS, only without a network service to install.
let testDb: TestDatabase;
let server: S3rver;
let directory: string;
let settings: MediaS3Settings;
let client: S3Client;
const ctx = { user: null, requestId: "media-s3-test", ip: null };

beforeAll(async () => {
  testDb = await createTestDatabase();
  directory = mkdtempSync(join(tmpdir(), "clinic-s3rver-"));
  server = new S3rver({ port: 0, address: "127.0.0.1", silent: true, directory });
  const { port } = await server.run();
  settings = { bucket: "clinic-media-test", region: "us-east-1", endpoint: `http://127.0.0.1:${port}`, accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };
  client = new S3Client({ region: settings.region, endpoint: settings.endpoint, forcePathStyle: true, credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" } });
  await client.send(new CreateBucketCommand({ Bucket: settings.bucket }));
});
afterAll(async () => {
  await server.close();
  rmSync(directory, { recursive: true, force: true });
  await testDb.drop();
});

async function upload(shade: number) {
  const decision = await checkMediaUpload(testPng(3, 2, shade), "Three by two");
  if (!decision.ok) throw new Error(decision.refusal.message);
  return decision.upload;
}

describe("the S3-compatible media store", () => {
  it("puts the bytes in the bucket under media/<sha256>, keeps the row (without bytes) in PostgreSQL, and reads them back", async () => {
    const store = objectMediaStore(testDb.db, s3MediaObjects(settings));
    const image = await upload(40);
    const stored = await store.store(ctx, image);
    expect(stored).toMatchObject({ sha256: image.sha256, width: 3, height: 2, created: true });

    const [row] = await testDb.db.select({ bytes: media.bytes, contentType: media.contentType }).from(media).where(eq(media.sha256, image.sha256));
    expect(row).toEqual({ bytes: null, contentType: "image/png" });
    const object = await client.send(new GetObjectCommand({ Bucket: settings.bucket, Key: mediaObjectKey(image.sha256) }));
    expect(object.ContentType).toBe("image/png");
    expect(Buffer.compare(Buffer.from(await object.Body!.transformToByteArray()), Buffer.from(image.bytes))).toBe(0);

    const read = await store.read(image.sha256);
    expect(read?.contentType).toBe("image/png");
    expect(Buffer.compare(read!.bytes, Buffer.from(image.bytes))).toBe(0);
    expect(await store.store(ctx, image)).toMatchObject({ created: false });
  });

  it("still serves images stored in PostgreSQL before the bucket was configured, and nothing for an unknown hash", async () => {
    const older = await upload(41);
    await postgresMediaStore(testDb.db).store(ctx, older);
    const store = objectMediaStore(testDb.db, s3MediaObjects(settings));
    expect(Buffer.compare((await store.read(older.sha256))!.bytes, Buffer.from(older.bytes))).toBe(0);
    expect(await store.read("0".repeat(64))).toBeNull();
  });

  it("answers null when a row's object is missing from the bucket (NoSuchKey), not an error", async () => {
    const image = await upload(42);
    await postgresMediaStore(testDb.db).store(ctx, image);
    await testDb.db.update(media).set({ bytes: null }).where(eq(media.sha256, image.sha256));
    expect(await objectMediaStore(testDb.db, s3MediaObjects(settings)).read(image.sha256)).toBeNull();
  });

  it("writes no row when the bucket refuses the bytes", async () => {
    const image = await upload(43);
    const store = objectMediaStore(testDb.db, s3MediaObjects({ ...settings, bucket: "no-such-bucket" }));
    await expect(store.store(ctx, image)).rejects.toThrow();
    expect(await testDb.db.select({ id: media.id }).from(media).where(eq(media.sha256, image.sha256))).toEqual([]);
  });
});
