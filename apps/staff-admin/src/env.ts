import { emailLinkSettingsProblems } from "@clinic/jobs/env";
import { serverSettingsProblems } from "@clinic/auth/env";
import { z } from "zod";

// The only place staff admin reads process.env for itself; the database's and auth's settings are read and
// validated by their packages (@clinic/db/env, @clinic/auth/env); instrumentation.ts checks them at start-up.

const publishingSettings = z.object({
  /** The patient site's public origin: where approved articles are refreshed and previewed. */
  PATIENT_SITE_URL: z.url({ protocol: /^https?$/, error: "PATIENT_SITE_URL must be the patient site's public http(s):// URL" }).optional(),
  /** Shared with the patient site: signs on-demand refreshes and draft-preview links. */
  REVALIDATE_SECRET: z.string().min(32, { error: "REVALIDATE_SECRET must be at least 32 characters" }).optional(),
});

function readPublishingSettings() {
  const emptyAsUnset = (value: string | undefined) => (value === "" ? undefined : value);
  return publishingSettings.safeParse({
    PATIENT_SITE_URL: emptyAsUnset(process.env.PATIENT_SITE_URL),
    REVALIDATE_SECRET: emptyAsUnset(process.env.REVALIDATE_SECRET),
  });
}

/** Every missing or invalid setting of this app's server, one clause each. */
export function settingsProblems(): string[] {
  const problems = [...serverSettingsProblems(), ...emailLinkSettingsProblems()];
  const publishing = readPublishingSettings();
  if (!publishing.success) problems.push(...publishing.error.issues.map((issue) => issue.message));
  return problems;
}

/** Where and how to reach the patient site; without a secret, publishing still works and pages refresh on their own schedule. */
export function patientSite(): { url: URL; secret: string | null } {
  const parsed = readPublishingSettings();
  const settings = parsed.success ? parsed.data : {};
  return { url: new URL(settings.PATIENT_SITE_URL ?? "http://localhost:3000"), secret: settings.REVALIDATE_SECRET ?? null };
}
