import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

/** The staff app's configuration; nothing else in the app reads process.env. */
export const env = createEnv({
  server: {
    DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgres:// URL"),
    AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters (openssl rand -base64 32)."),
  },
  client: {},
  experimental__runtimeEnv: {},
  // `next build` compiles pages without a database or secrets; they are checked when the server runs.
  skipValidation:
    !!process.env.SKIP_ENV_VALIDATION ||
    process.env.NEXT_PHASE === "phase-production-build" ||
    process.env.npm_lifecycle_event === "build",
  emptyStringAsUndefined: true,
});
