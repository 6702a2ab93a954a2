import { refuseToStartUnlessSettingsValid } from "@clinic/auth/env";

/** Next runs this once when the server starts: a missing or invalid setting stops it there, in one sentence. */
export async function register(): Promise<void> {
  await refuseToStartUnlessSettingsValid("Staff admin", async () => (await import("./env")).settingsProblems());
}
