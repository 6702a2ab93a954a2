import { parseEmailEnv, type EmailEnv } from "@clinic/api/email/env";
import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

export type WorkerEnv = EmailEnv & {
  DATABASE_URL: string;
  /** Jobs this process runs at once. */
  WORKER_CONCURRENCY: number;
  /** The patient site's public URL, for links in reminder emails (default http://localhost:3000). */
  PATIENT_SITE_URL?: string;
};

/**
 * The worker's configuration, validated once at start; nothing else in this app reads process.env.
 * Throws naming each bad setting, never its value (DATABASE_URL and SMTP_URL carry passwords).
 */
export function parseWorkerEnv(runtimeEnv: Record<string, string | undefined>): WorkerEnv {
  const own = createEnv({
    server: {
      DATABASE_URL: z.string({ error: "is required (a postgres:// URL)" }).regex(/^postgres(ql)?:\/\/\S+$/, "must be a postgres:// URL"),
      WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(32, "must be a whole number from 1 to 32").default(4),
      PATIENT_SITE_URL: z.url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" }).optional(),
    },
    runtimeEnv,
    emptyStringAsUndefined: true,
    onValidationError: (issues) => {
      const problems = issues.map((issue) => `${(issue.path ?? []).map((segment) => String(typeof segment === "object" ? segment.key : segment)).join(".")} ${issue.message}`);
      throw new Error(`Invalid worker settings: ${problems.join("; ")}.`);
    },
  });
  return { ...own, ...parseEmailEnv(runtimeEnv) };
}
