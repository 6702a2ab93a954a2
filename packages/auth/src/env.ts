import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

const minutes = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const authEnvSchema = {
  /** Signs and encrypts the session cookie. Generate with `openssl rand -base64 32`. */
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters"),
  /** Idle timeouts: a session unused for this long ends (issue 2: 30 min staff, 60 min patients). */
  AUTH_STAFF_IDLE_MINUTES: minutes(30),
  AUTH_PATIENT_IDLE_MINUTES: minutes(60),
  /** Absolute lifetimes: a session ends here however active it is (a staff shift; a month for patients). */
  AUTH_STAFF_MAX_AGE_MINUTES: minutes(12 * 60),
  AUTH_PATIENT_MAX_AGE_MINUTES: minutes(30 * 24 * 60),
  /**
   * Cookies carry the Secure flag in production. Set to "false" only to run a production build
   * over plain http on a machine other than localhost.
   */
  AUTH_COOKIE_SECURE: z.enum(["true", "false"]).optional(),
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
};

export type AuthEnv = {
  AUTH_SECRET: string;
  AUTH_STAFF_IDLE_MINUTES: number;
  AUTH_PATIENT_IDLE_MINUTES: number;
  AUTH_STAFF_MAX_AGE_MINUTES: number;
  AUTH_PATIENT_MAX_AGE_MINUTES: number;
  AUTH_COOKIE_SECURE?: "true" | "false";
  NODE_ENV: "development" | "test" | "production";
};

let validated: AuthEnv | undefined;

/**
 * The auth settings, validated on first use rather than at import time: `next build` imports the
 * auth modules without secrets and must not fail there. A missing AUTH_SECRET fails loudly in
 * every environment — a silently generated secret would log everyone out on each restart.
 */
export function authEnv(): AuthEnv {
  validated ??= createEnv({
    server: authEnvSchema,
    runtimeEnv: process.env,
    emptyStringAsUndefined: true,
    onValidationError: (issues) => {
      const problems = issues.map((issue) => `${issue.path?.map((segment) => String(typeof segment === "object" ? segment.key : segment)).join(".") ?? "env"}: ${issue.message}`);
      throw new Error(
        `Invalid auth settings (${problems.join("; ")}). ` +
          "Set AUTH_SECRET to a random string of at least 32 characters, e.g. from `openssl rand -base64 32`.",
      );
    },
  });
  return validated;
}

/** Whether cookies get the Secure flag (always in production unless explicitly turned off). */
export function useSecureCookies(env: AuthEnv = authEnv()): boolean {
  if (env.AUTH_COOKIE_SECURE) return env.AUTH_COOKIE_SECURE === "true";
  return env.NODE_ENV === "production";
}
