/**
 * Where to go after signing in: the requested path if it stays on this site, otherwise the
 * fallback. Only "/path" is accepted — "//evil.example" and "/\evil.example" are other hosts to a
 * browser, and absolute URLs would make the sign-in page an open redirect.
 */
export function safeCallbackUrl(requested: unknown, fallback: string): string {
  if (typeof requested !== "string" || requested.length > 2048) return fallback;
  if (!requested.startsWith("/") || requested.startsWith("//") || requested.includes("\\")) return fallback;
  // Control characters (tabs, newlines) are stripped by browsers and could join "/" + "/host".
  if ([...requested].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f)) return fallback;
  // Never send someone back to the sign-in or sign-up page they just used.
  if (/^\/(sign-in|sign-up)(\/|\?|#|$)/.test(requested)) return fallback;
  return requested;
}

/**
 * Request header in which each app's proxy.ts passes the requested path and query to server
 * components, which otherwise cannot see the URL (used to come back after signing in).
 */
export const REQUESTED_PATH_HEADER = "x-clinic-requested-path";

/** The sign-in page, asking to come back to `returnTo` (when it is a safe same-site path). */
export function signInPath(returnTo: string | null | undefined): string {
  const target = safeCallbackUrl(returnTo, "/");
  return target === "/" ? "/sign-in" : `/sign-in?${new URLSearchParams({ callbackUrl: target })}`;
}
