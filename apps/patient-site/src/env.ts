import { emailLinkSettingsProblems } from "@clinic/jobs/env";
import { isNextBuild, serverSettingsProblems } from "@clinic/auth/env";
import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

// The only place the patient site reads process.env. The database and auth settings are validated by
// their packages; instrumentation.ts checks all of them at start-up.

const LOCAL_SITE_URL = "http://localhost:3000";

export const env = createEnv({
  server: {
    /** Public origin of this site, for absolute URLs (metadata, sitemap.xml, robots.txt); required in production. */
    PATIENT_SITE_URL: z.url({ protocol: /^https?$/, error: "PATIENT_SITE_URL must be the site's public http(s):// URL" }).optional(),
    /** Shared with the staff app: signs `/api/revalidate` requests (on-demand refresh after publishing). */
    REVALIDATE_SECRET: z.string().min(32, { error: "REVALIDATE_SECRET must be at least 32 characters" }).optional(),
    /** `off` serves every page by rendering it per request (docs/decisions/0091); on by default in production. */
    PAGE_CACHE: z.enum(["on", "off"]).default("on"),
    /** Set by server.mjs (or `next start`); the page cache renders a page by asking this server on 127.0.0.1. */
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  },
  client: {
    NEXT_PUBLIC_STAFF_ADMIN_URL: z.url({ error: "NEXT_PUBLIC_STAFF_ADMIN_URL must be an http(s):// URL" }).optional(),
  },
  shared: {
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  },
  experimental__runtimeEnv: {
    NODE_ENV: process.env.NODE_ENV,
    NEXT_PUBLIC_STAFF_ADMIN_URL: process.env.NEXT_PUBLIC_STAFF_ADMIN_URL,
  },
  skipValidation: isNextBuild(),
  emptyStringAsUndefined: true,
  onValidationError: (issues) => {
    throw new Error(issues.map((issue) => issue.message).join("; "));
  },
});

/** Every missing or invalid setting of this app's server, one clause each (instrumentation.ts refuses to start on any). */
export function settingsProblems(): string[] {
  const problems = [...serverSettingsProblems(), ...emailLinkSettingsProblems()];
  return problems;
}

/** The public origin for absolute URLs; the local development site when PATIENT_SITE_URL is unset. */
export function siteUrl(): URL {
  // `||`: during `next build` validation is skipped, so an empty value is not yet undefined.
  return new URL(env.PATIENT_SITE_URL || LOCAL_SITE_URL);
}

/** Where the page cache asks for a render (this server itself), or null when pages are rendered per request. */
export function pageCacheOrigin(): string | null {
  if (env.NODE_ENV !== "production" || env.PAGE_CACHE === "off") return null;
  return `http://127.0.0.1:${env.PORT}`;
}
