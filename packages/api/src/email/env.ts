import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

export type EmailEnv = {
  /** smtp:// or smtps:// URL with credentials; absent in development (see createMailTransport). */
  SMTP_URL?: string;
  /** The From header of every email, e.g. "Riverbend Pain & Wellness <no-reply@example.com>". */
  EMAIL_FROM: string;
  /** "off" keeps this process from sending (e.g. a second app instance that should not, or a test run). */
  OUTBOX_WORKER: "on" | "off";
};

export const DEFAULT_EMAIL_FROM = "Riverbend Pain & Wellness <no-reply@example.com>";

let validated: EmailEnv | undefined;

/**
 * The email settings, validated on first use rather than at import time, so that `next build`
 * can import modules that send email without having any of them set.
 */
export function emailEnv(): EmailEnv {
  validated ??= parseEmailEnv(process.env);
  return validated;
}

/** Validates email settings from `runtimeEnv`; throws naming each bad setting, never its value. */
export function parseEmailEnv(runtimeEnv: Record<string, string | undefined>): EmailEnv {
  return createEnv({
    server: {
      SMTP_URL: z.url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL" }).optional(),
      EMAIL_FROM: z.string().min(3).default(DEFAULT_EMAIL_FROM),
      OUTBOX_WORKER: z.enum(["on", "off"], { error: 'must be "on" or "off"' }).default("on"),
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
