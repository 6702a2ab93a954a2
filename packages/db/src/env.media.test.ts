import { describe, expect, it } from "vitest";
import { InvalidSettings, mediaStorageEnv } from "./env";

const FULL = {
  MEDIA_S3_BUCKET: "clinic-media",
  MEDIA_S3_REGION: "us-east-1",
  MEDIA_S3_ACCESS_KEY_ID: "AKIAEXAMPLE",
  MEDIA_S3_SECRET_ACCESS_KEY: "secret",
};

describe("mediaStorageEnv", () => {
  it("is null when nothing is set (or only empty strings): bytes stay in PostgreSQL", () => {
    expect(mediaStorageEnv({})).toBeNull();
    expect(mediaStorageEnv({ MEDIA_S3_BUCKET: "" })).toBeNull();
  });

  it("reads a full configuration, with an optional endpoint for S3-compatible stores", () => {
    expect(mediaStorageEnv(FULL)).toEqual({ bucket: "clinic-media", region: "us-east-1", accessKeyId: "AKIAEXAMPLE", secretAccessKey: "secret" });
    expect(mediaStorageEnv({ ...FULL, MEDIA_S3_ENDPOINT: "http://127.0.0.1:9000" })?.endpoint).toBe("http://127.0.0.1:9000");
  });

  it("refuses half a configuration, naming what is missing", () => {
    expect(() => mediaStorageEnv({ MEDIA_S3_BUCKET: "clinic-media" })).toThrow(InvalidSettings);
    expect(() => mediaStorageEnv({ MEDIA_S3_BUCKET: "clinic-media" })).toThrow(/missing MEDIA_S3_REGION, MEDIA_S3_ACCESS_KEY_ID, MEDIA_S3_SECRET_ACCESS_KEY/);
    expect(() => mediaStorageEnv({ MEDIA_S3_ENDPOINT: "http://127.0.0.1:9000" })).toThrow(/missing MEDIA_S3_BUCKET/);
  });

  it("refuses a malformed bucket or endpoint in one sentence", () => {
    expect(() => mediaStorageEnv({ ...FULL, MEDIA_S3_BUCKET: "Bad_Bucket" })).toThrow(/MEDIA_S3_BUCKET must be a bucket name/);
    expect(() => mediaStorageEnv({ ...FULL, MEDIA_S3_ENDPOINT: "ftp://x" })).toThrow(/MEDIA_S3_ENDPOINT must be an http/);
  });
});
