/**
 * Next runs this once when the server starts: a missing or invalid setting stops it there, in one sentence.
 * Then, with the page cache on, it installs the cache's fast path that server.mjs puts in front of Next.
 */
export async function register(): Promise<void> {
  // NEXT_RUNTIME is inlined by Next, so the Edge build drops this Node-only check.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { refuseToStartUnlessSettingsValid } = await import("@clinic/auth/start-up");
  await refuseToStartUnlessSettingsValid("The patient site", async () => (await import("./env")).settingsProblems());
  const [{ pageCacheOrigin }, { installFront }, { pageCacheFront }, { sessionCookieName }] = await Promise.all([
    import("./env"),
    import("./page-cache/shared"),
    import("./page-cache/front"),
    import("@clinic/auth/edge-config"),
  ]);
  if (pageCacheOrigin()) installFront(pageCacheFront(sessionCookieName("patient")));
}
