import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

// The only module of this package (scripts included) that reads process.env.

/** A postgres:// or postgresql:// connection URL (what node-postgres and drizzle-kit accept). */
export const postgresUrlSchema = z
  .string()
  .regex(/^postgres(ql)?:\/\/\S+$/, "DATABASE_URL must be a postgres:// URL, e.g. postgres://user:password@host:5432/clinic");

const nodeEnvSchema = z.enum(["development", "test", "production"]).default("development");

/** A settings problem, said in one sentence that names the variable (no stack trace needed). */
export class InvalidSettings extends Error {
  override name = "InvalidSettings";
}

/** The messages of failed checks, joined into one sentence's worth of clauses. */
export function describeIssues(issues: readonly { message: string }[]): string {
  return issues.map((issue) => issue.message).join("; ");
}

let validated: { DATABASE_URL: string } | undefined;

/**
 * The database settings, validated on first use rather than at import time: `next build` imports
 * modules that reach the database without having one, and must not fail there.
 */
export function databaseEnv(): { DATABASE_URL: string } {
  validated ??= createEnv({
    server: {
      DATABASE_URL: z.string({ error: "DATABASE_URL is missing (a postgres:// URL)" }).pipe(postgresUrlSchema),
    },
    runtimeEnv: process.env,
    emptyStringAsUndefined: true,
    onValidationError: (issues) => {
      throw new InvalidSettings(describeIssues(issues));
    },
  });
  return validated;
}

export type ScriptEnv = {
  NODE_ENV: "development" | "test" | "production";
  /** Unset: `pnpm dev` starts the embedded server. */
  DATABASE_URL?: string;
  /** Passed through to the apps by `pnpm dev` (validated by @clinic/auth); unset: one is generated. */
  AUTH_SECRET?: string;
  PATIENT_SITE_URL?: string;
  STAFF_ADMIN_URL?: string;
  /** "1": `pnpm dev` stops after the seed (to check the script without the apps). */
  CLINIC_DEV_SKIP_APPS: boolean;
  /** "true": the demo seed may write to a database on another host (see seed/guard.ts). */
  ALLOW_DEMO_SEED_REMOTE: boolean;
};

const flag = (name: string, value: string) =>
  z.enum([value], { error: `${name} must be "${value}" or unset` }).optional().transform((given) => given === value);

/** What the scripts in packages/db/scripts read (`pnpm dev`, `db:seed`, `db:migrate`). */
export function scriptEnv(): ScriptEnv {
  return createEnv({
    server: {
      NODE_ENV: nodeEnvSchema,
      DATABASE_URL: postgresUrlSchema.optional(),
      AUTH_SECRET: z.string().optional(),
      PATIENT_SITE_URL: z.url({ error: "PATIENT_SITE_URL must be an http(s):// URL" }).optional(),
      STAFF_ADMIN_URL: z.url({ error: "STAFF_ADMIN_URL must be an http(s):// URL" }).optional(),
      CLINIC_DEV_SKIP_APPS: flag("CLINIC_DEV_SKIP_APPS", "1"),
      ALLOW_DEMO_SEED_REMOTE: flag("ALLOW_DEMO_SEED_REMOTE", "true"),
    },
    runtimeEnv: process.env,
    emptyStringAsUndefined: true,
    onValidationError: (issues) => {
      throw new InvalidSettings(describeIssues(issues));
    },
  });
}

/** TEST_DATABASE_URL: the admin URL of a server for test databases; unset means a throwaway embedded one. */
export function testDatabaseEnv(): { TEST_DATABASE_URL?: string } {
  return createEnv({
    server: { TEST_DATABASE_URL: postgresUrlSchema.optional() },
    runtimeEnv: process.env,
    emptyStringAsUndefined: true,
    onValidationError: () => {
      throw new InvalidSettings("TEST_DATABASE_URL must be a postgres:// URL, e.g. postgres://postgres@127.0.0.1:5432/postgres");
    },
  });
}

/** Where media bytes go when an S3-compatible store is configured (decision 0095). */
export type MediaS3Settings = {
  bucket: string;
  region: string;
  /** Unset: AWS itself; set (MinIO, R2, Ceph…): that endpoint with path-style addressing. */
  endpoint?: string;
  accessKeyId: string;
  secretAccessKey: string;
};

const MEDIA_S3_REQUIRED = ["MEDIA_S3_BUCKET", "MEDIA_S3_REGION", "MEDIA_S3_ACCESS_KEY_ID", "MEDIA_S3_SECRET_ACCESS_KEY"] as const;

const mediaS3Schema = z.object({
  MEDIA_S3_BUCKET: z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, "MEDIA_S3_BUCKET must be a bucket name (3–63 lower-case letters, digits, dots, hyphens)"),
  MEDIA_S3_REGION: z.string().regex(/^[a-z0-9-]{2,32}$/, "MEDIA_S3_REGION must be a region name, e.g. us-east-1"),
  MEDIA_S3_ACCESS_KEY_ID: z.string().min(1),
  MEDIA_S3_SECRET_ACCESS_KEY: z.string().min(1),
  MEDIA_S3_ENDPOINT: z.url({ protocol: /^https?$/, error: "MEDIA_S3_ENDPOINT must be an http(s):// URL" }).optional(),
});

/**
 * The object store for media, or null when none is configured (bytes stay in PostgreSQL). All four
 * required variables or none: half a configuration is refused at start-up, never guessed around.
 */
export function mediaStorageEnv(env: Record<string, string | undefined> = process.env): MediaS3Settings | null {
  const given = (name: string) => (env[name] === "" ? undefined : env[name]);
  const set = MEDIA_S3_REQUIRED.filter((name) => given(name) !== undefined);
  if (set.length === 0 && given("MEDIA_S3_ENDPOINT") === undefined) return null;
  const missing = MEDIA_S3_REQUIRED.filter((name) => given(name) === undefined);
  if (missing.length > 0) throw new InvalidSettings(`An S3 media store needs all of ${MEDIA_S3_REQUIRED.join(", ")}; missing ${missing.join(", ")}`);
  const parsed = mediaS3Schema.safeParse(Object.fromEntries([...MEDIA_S3_REQUIRED, "MEDIA_S3_ENDPOINT"].map((name) => [name, given(name)])));
  if (!parsed.success) throw new InvalidSettings(describeIssues(parsed.error.issues));
  const settings = parsed.data;
  return {
    bucket: settings.MEDIA_S3_BUCKET,
    region: settings.MEDIA_S3_REGION,
    accessKeyId: settings.MEDIA_S3_ACCESS_KEY_ID,
    secretAccessKey: settings.MEDIA_S3_SECRET_ACCESS_KEY,
    ...(settings.MEDIA_S3_ENDPOINT ? { endpoint: settings.MEDIA_S3_ENDPOINT } : {}),
  };
}
