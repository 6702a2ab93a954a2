import { env } from "~/env";

/**
 * The public origin for absolute URLs (metadata, sitemap, robots). During `next build` env validation is
 * skipped and defaults are not applied, so the local default is repeated here.
 */
export function siteUrl(): URL {
  return new URL(env.PATIENT_SITE_URL ?? "http://localhost:3000");
}
