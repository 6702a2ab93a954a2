import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

export type EmailEnv = {
  /** smtp:// or smtps:// URL with credentials; absent in development (see createMailTransport). */
  SMTP_URL?: string;
  /** The From header of every email, e.g. "Riverbend Pain & Wellness <no-reply@example.com>". */
  EMAIL_FROM: string;
};

export const DEFAULT_EMAIL_FROM = "Riverbend Pain & Wellness <no-reply@example.com>";

/**
 * Validates the email settings of the process that sends email (apps/worker reads them at start)
 * from `runtimeEnv`; throws naming each bad setting, never its value.
 */
export function parseEmailEnv(runtimeEnv: Record<string, string | undefined>): EmailEnv {
  return createEnv({
    server: {
      SMTP_URL: z.url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL" }).optional(),
      EMAIL_FROM: z.string().min(3).default(DEFAULT_EMAIL_FROM),
    },
    runtimeEnv,
    emptyStringAsUndefined: true,
    onValidationError: (issues) => {
      // Names the setting and the rule only: SMTP_URL carries a password and must not reach a log.
      const problems = issues
        .map((issue) => {
          const path = (issue.path ?? []).map((segment) => String(typeof segment === "object" ? segment.key : segment)).join(".");
          return `${path} ${issue.message}`;
        })
        .join("; ");
      throw new Error(`Invalid email settings: ${problems}.`);
    },
  });
}
