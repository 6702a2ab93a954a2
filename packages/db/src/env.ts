import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

/** A postgres:// or postgresql:// connection URL (what node-postgres and drizzle-kit accept). */
export const postgresUrlSchema = z
  .string()
  .regex(/^postgres(ql)?:\/\/\S+$/, "must be a postgres:// URL, e.g. postgres://user:password@host:5432/clinic");

let validated: { DATABASE_URL: string } | undefined;

/**
 * The database settings, validated on first use rather than at import time: `next build` imports
 * modules that reach the database without having one, and must not fail there.
 */
export function databaseEnv(): { DATABASE_URL: string } {
  validated ??= createEnv({
    server: { DATABASE_URL: postgresUrlSchema },
    runtimeEnv: process.env,
    emptyStringAsUndefined: true,
    onValidationError: () => {
      throw new Error(
        "DATABASE_URL is missing or is not a postgres:// URL. Run `pnpm dev` (it starts an embedded database), or set DATABASE_URL.",
      );
    },
  });
  return validated;
}
