// The settings of this package, validated; nothing else in it reads process.env.
import { CLINIC_PROFILE } from "@clinic/domain/clinic/clinic-profile";
import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

/** The sender in development, where emails go nowhere (see createMailTransport). */
export const DEFAULT_EMAIL_FROM = `${CLINIC_PROFILE.name} <no-reply@example.com>`;
export const DEFAULT_PATIENT_SITE_URL = "http://localhost:3000";
export const DEFAULT_STAFF_ADMIN_URL = "http://localhost:3001";
export const DEFAULT_CONCURRENCY = 4;

export type EmailEnv = {
  /** smtp:// or smtps:// URL with credentials; absent in development (see createMailTransport). */
  SMTP_URL?: string;
  /** The From header of every email, e.g. "Riverbend Pain & Wellness <no-reply@example.com>". */
  EMAIL_FROM: string;
};

export type JobsEnv = EmailEnv & {
  /** The patient site's public URL, for links in emails (default http://localhost:3000). */
  PATIENT_SITE_URL: string;
  /** The staff admin's public URL, for staff members' password reset links (default http://localhost:3001). */
  STAFF_ADMIN_URL: string;
};

export type WorkerEnv = JobsEnv & {
  DATABASE_URL: string;
  /** Jobs one worker process runs at once. */
  WORKER_CONCURRENCY: number;
};

/** Names the setting and the rule only: DATABASE_URL and SMTP_URL carry passwords and must not reach a log. */
function describeIssues(issues: readonly { path?: readonly unknown[]; message: string }[]): string {
  return issues
    .map((issue) => {
      const path = (issue.path ?? []).map((segment) => String(typeof segment === "object" && segment ? (segment as { key: unknown }).key : segment));
      return `${path.join(".")} ${issue.message}`;
    })
    .join("; ");
}

const settings = {
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL" }).optional(),
  EMAIL_FROM: z.string().min(3, "must name a sender, e.g. Clinic <mail@example.com>").optional(),
  PATIENT_SITE_URL: z.url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" }).optional(),
  STAFF_ADMIN_URL: z.url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" }).optional(),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\/\S+$/, "must be a postgres:// URL").optional(),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(32, "must be a whole number from 1 to 32").default(DEFAULT_CONCURRENCY),
  NODE_ENV: z.string().optional(),
};

function parseSettings(runtimeEnv: Record<string, string | undefined>) {
  return createEnv({
    server: settings,
    runtimeEnv,
    emptyStringAsUndefined: true,
    onValidationError: (issues) => {
      throw new Error(`Invalid email and worker settings: ${describeIssues(issues)}.`);
    },
  });
}

/** What writing and sending email needs; development defaults for what is unset. Throws naming each bad setting, never its value. */
export function parseJobsEnv(runtimeEnv: Record<string, string | undefined>): JobsEnv {
  const parsed = parseSettings(runtimeEnv);
  return {
    SMTP_URL: parsed.SMTP_URL,
    EMAIL_FROM: parsed.EMAIL_FROM ?? DEFAULT_EMAIL_FROM,
    PATIENT_SITE_URL: parsed.PATIENT_SITE_URL ?? DEFAULT_PATIENT_SITE_URL,
    STAFF_ADMIN_URL: parsed.STAFF_ADMIN_URL ?? DEFAULT_STAFF_ADMIN_URL,
  };
}

/**
 * For the apps' start-up check: in production both public URLs must be set, since either app may
 * email a link to either one (a password reset goes to the app its account signs in to). One clause each.
 */
export function emailLinkSettingsProblems(runtimeEnv: Record<string, string | undefined> = process.env): string[] {
  let parsed: ReturnType<typeof parseSettings>;
  try {
    parsed = parseSettings(runtimeEnv);
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)];
  }
  if (parsed.NODE_ENV !== "production") return [];
  return (["PATIENT_SITE_URL", "STAFF_ADMIN_URL"] as const)
    .filter((name) => parsed[name] === undefined)
    .map((name) => `${name} is missing (the ${name === "PATIENT_SITE_URL" ? "patient site" : "staff admin"}'s public URL, for links in emails)`);
}

/** Settings the worker cannot do without in production: there, a development default would send nothing, or wrong links. */
const REQUIRED_IN_PRODUCTION = ["DATABASE_URL", "SMTP_URL", "EMAIL_FROM", "PATIENT_SITE_URL"] as const;

/**
 * The worker's settings, checked once at start: DATABASE_URL always, and in production
 * (NODE_ENV=production) every one of REQUIRED_IN_PRODUCTION.
 */
export function parseWorkerEnv(runtimeEnv: Record<string, string | undefined>): WorkerEnv {
  const parsed = parseSettings(runtimeEnv);
  const production = parsed.NODE_ENV === "production";
  const missing = (production ? REQUIRED_IN_PRODUCTION : (["DATABASE_URL"] as const)).filter((name) => parsed[name] === undefined);
  if (missing.length > 0) {
    const where = production ? " in production (NODE_ENV=production)" : "";
    throw new Error(`The worker will not start${where} without ${missing.join(", ")}: set ${missing.length > 1 ? "them" : "it"} (see apps/worker/README.md).`);
  }
  return { ...parseJobsEnv(runtimeEnv), DATABASE_URL: parsed.DATABASE_URL as string, WORKER_CONCURRENCY: parsed.WORKER_CONCURRENCY };
}

let jobs: JobsEnv | undefined;

/** This process's email settings, read on first use so that importing a module needs none. */
export function jobsEnv(): JobsEnv {
  jobs ??= parseJobsEnv(process.env);
  return jobs;
}

/** The worker process's settings (apps/worker calls it once at start). */
export function workerEnv(): WorkerEnv {
  return parseWorkerEnv(process.env);
}
