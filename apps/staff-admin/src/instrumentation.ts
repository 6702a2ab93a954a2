/** Next runs this once when the server starts: a missing or invalid setting stops it there, in one sentence. */
export async function register(): Promise<void> {
  // NEXT_RUNTIME is inlined by Next, so the Edge build drops this Node-only check.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { refuseToStartUnlessSettingsValid } = await import("@clinic/auth/start-up");
  await refuseToStartUnlessSettingsValid("Staff admin", async () => (await import("./env")).settingsProblems());
}
