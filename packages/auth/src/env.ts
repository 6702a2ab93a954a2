import { databaseEnv, describeIssues, InvalidSettings, mediaStorageEnv } from "@clinic/db/env";
import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

// The only module of this package that reads process.env.

const SECRET_HINT = "make one with `openssl rand -base64 32`";

const minutes = (name: string, fallback: number) =>
  z.coerce.number({ error: `${name} must be a number of minutes` }).int(`${name} must be whole minutes`).positive(`${name} must be positive`).default(fallback);

const authEnvSchema = {
  /** Signs and encrypts the session cookie. */
  AUTH_SECRET: z
    .string({ error: `AUTH_SECRET is missing (${SECRET_HINT})` })
    .min(32, `AUTH_SECRET must be at least 32 characters (${SECRET_HINT})`),
  /** Idle timeouts: a session unused for this long ends (issue 2: 30 min staff, 60 min patients). */
  AUTH_STAFF_IDLE_MINUTES: minutes("AUTH_STAFF_IDLE_MINUTES", 30),
  AUTH_PATIENT_IDLE_MINUTES: minutes("AUTH_PATIENT_IDLE_MINUTES", 60),
  /** Absolute lifetimes: a session ends here however active it is (a staff shift; a month for patients). */
  AUTH_STAFF_MAX_AGE_MINUTES: minutes("AUTH_STAFF_MAX_AGE_MINUTES", 12 * 60),
  AUTH_PATIENT_MAX_AGE_MINUTES: minutes("AUTH_PATIENT_MAX_AGE_MINUTES", 30 * 24 * 60),
  /** Default: the Secure flag in production. "false" only to try a production build over plain http. */
  AUTH_COOKIE_SECURE: z.enum(["true", "false"], { error: 'AUTH_COOKIE_SECURE must be "true" or "false"' }).optional(),
  /** "true": build URLs from the request's Host header (see trustHost). */
  AUTH_TRUST_HOST: z.enum(["true", "false"], { error: 'AUTH_TRUST_HOST must be "true" or "false"' }).optional(),
  /** This app's public URL; Auth.js then builds its URLs from it instead of the Host header. */
  AUTH_URL: z.url({ error: "AUTH_URL must be the app's public http(s):// URL" }).optional(),
  /** Seals authenticator (TOTP) secrets at rest; required in production. Elsewhere derived from AUTH_SECRET. */
  MFA_ENCRYPTION_KEY: z.string().min(32, `MFA_ENCRYPTION_KEY must be at least 32 characters (${SECRET_HINT})`).optional(),
  /** The key being rotated out: secrets sealed with it still open, and are sealed again with the new key on use. */
  MFA_ENCRYPTION_KEY_PREVIOUS: z.string().min(32, `MFA_ENCRYPTION_KEY_PREVIOUS must be at least 32 characters`).optional(),
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
};

export type AuthEnv = {
  AUTH_SECRET: string;
  AUTH_STAFF_IDLE_MINUTES: number;
  AUTH_PATIENT_IDLE_MINUTES: number;
  AUTH_STAFF_MAX_AGE_MINUTES: number;
  AUTH_PATIENT_MAX_AGE_MINUTES: number;
  AUTH_COOKIE_SECURE?: "true" | "false";
  AUTH_TRUST_HOST?: "true" | "false";
  AUTH_URL?: string;
  MFA_ENCRYPTION_KEY?: string;
  MFA_ENCRYPTION_KEY_PREVIOUS?: string;
  NODE_ENV: "development" | "test" | "production";
};

let validated: AuthEnv | undefined;

/**
 * The auth settings, validated on first use: `next build` imports this without secrets. No fallback
 * secret anywhere: a generated one would sign everyone out on each restart.
 */
export function authEnv(): AuthEnv {
  if (validated) return validated;
  const env: AuthEnv = createEnv({
    server: authEnvSchema,
    runtimeEnv: process.env,
    emptyStringAsUndefined: true,
    onValidationError: (issues) => {
      // Every problem at once: the Host rule too, judged on the raw values.
      const raw = {
        AUTH_URL: process.env.AUTH_URL || undefined,
        AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST || undefined,
        MFA_ENCRYPTION_KEY: process.env.MFA_ENCRYPTION_KEY || undefined,
        NODE_ENV: process.env.NODE_ENV,
      };
      const problems = [trustHostProblem(raw), mfaKeyProblem(raw)].filter((problem) => problem !== null);
      throw new InvalidSettings([describeIssues(issues), ...problems].join("; "));
    },
  });
  const problems = [trustHostProblem(env), mfaKeyProblem(env)].filter((problem) => problem !== null);
  if (problems.length > 0) throw new InvalidSettings(problems.join("; "));
  validated = env;
  return env;
}

/**
 * Whether Auth.js may build its URLs from the request's Host header. An AUTH_URL pins them, so the
 * header no longer matters; otherwise AUTH_TRUST_HOST decides, true by default outside production.
 */
export function trustHost(env: AuthEnv = authEnv()): boolean {
  if (env.AUTH_URL) return true;
  if (env.AUTH_TRUST_HOST) return env.AUTH_TRUST_HOST === "true";
  return env.NODE_ENV !== "production";
}

/** Production must say whether the Host header can be trusted; "false" alone would refuse every sign-in. */
function trustHostProblem(env: { AUTH_URL?: string; AUTH_TRUST_HOST?: string; NODE_ENV?: string }): string | null {
  if (env.AUTH_URL) return null;
  if (env.AUTH_TRUST_HOST === "false") return "AUTH_TRUST_HOST=false needs AUTH_URL (the app's public URL), else no sign-in can work";
  if (env.NODE_ENV === "production" && !env.AUTH_TRUST_HOST) {
    return "set AUTH_URL to the app's public URL, or AUTH_TRUST_HOST=true if the proxy in front of it sets the Host header";
  }
  return null;
}

/** Production keeps authenticator secrets under a key of its own, so rotating AUTH_SECRET never locks anyone out. */
function mfaKeyProblem(env: { MFA_ENCRYPTION_KEY?: string; NODE_ENV?: string }): string | null {
  if (env.NODE_ENV === "production" && !env.MFA_ENCRYPTION_KEY) return `MFA_ENCRYPTION_KEY is missing (${SECRET_HINT})`;
  return null;
}

/**
 * Every setting the server of either app needs (the database's and auth's), as one clause per
 * problem; empty when all are valid. The apps check it at start-up (instrumentation.ts).
 */
export function serverSettingsProblems(): string[] {
  return [databaseEnv, authEnv, () => mediaStorageEnv()].flatMap((check) => {
    try {
      check();
      return [];
    } catch (error) {
      if (error instanceof InvalidSettings) return [error.message];
      throw error;
    }
  });
}

/** Whether cookies get the Secure flag (always in production unless explicitly turned off). */
export function useSecureCookies(env: AuthEnv = authEnv()): boolean {
  if (env.AUTH_COOKIE_SECURE) return env.AUTH_COOKIE_SECURE === "true";
  return env.NODE_ENV === "production";
}

/** Whether this process is `next build`, which compiles pages without a database or secrets. */
export function isNextBuild(): boolean {
  return !!process.env.SKIP_ENV_VALIDATION || process.env.NEXT_PHASE === "phase-production-build" || process.env.npm_lifecycle_event === "build";
}

