import { isNextBuild } from "./env";

/**
 * For the apps' instrumentation.ts (Node runtime only): ends the process with one sentence, and no
 * stack trace, when a setting is missing or invalid, so a misconfigured server never serves a request.
 */
export async function refuseToStartUnlessSettingsValid(app: string, problems: () => Promise<string[]> | string[]): Promise<void> {
  if (isNextBuild()) return;
  let found: string[];
  try {
    found = await problems();
  } catch (error) {
    // An app's env.ts validates its own settings on import and throws a sentence naming them.
    found = [error instanceof Error ? error.message : String(error)];
  }
  if (found.length === 0) return;
  console.error(`${app} cannot start: ${found.join("; ")}.`);
  process.exit(1);
}
