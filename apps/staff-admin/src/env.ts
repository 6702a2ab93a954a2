import { serverSettingsProblems } from "@clinic/auth/env";

// Staff admin has no settings of its own: the database's and auth's are read and validated by their
// packages (@clinic/db/env, @clinic/auth/env); instrumentation.ts checks them at start-up.

/** Every missing or invalid setting of this app's server, one clause each. */
export function settingsProblems(): string[] {
  return serverSettingsProblems();
}
