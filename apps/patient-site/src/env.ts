import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

/**
 * The only place the patient site reads process.env. Values are validated once at start-up so a
 * missing secret fails loudly instead of surfacing as a confusing error on the first sign-in.
 */
export const env = createEnv({
  server: {
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: "DATABASE_URL must be a postgres:// URL." }),
    AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters."),
    /** Public origin of this site, for absolute URLs in sitemap.xml and robots.txt. */
    PATIENT_SITE_URL: z.url().default("http://localhost:3000"),
  },
  client: {
    NEXT_PUBLIC_STAFF_ADMIN_URL: z.url().optional(),
  },
  shared: {
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  },
  experimental__runtimeEnv: {
    NODE_ENV: process.env.NODE_ENV,
    NEXT_PUBLIC_STAFF_ADMIN_URL: process.env.NEXT_PUBLIC_STAFF_ADMIN_URL,
  },
  // `next build` prerenders no data page, so it needs no secrets; `next start` and `next dev` validate.
  skipValidation: !!process.env.SKIP_ENV_VALIDATION || process.env.NEXT_PHASE === "phase-production-build",
  emptyStringAsUndefined: true,
});
