import Bowser from "bowser";

/**
 * "Chrome on macOS", "Safari on iOS (mobile)": how a session's device reads in "your active
 * sessions", from the user agent stored at sign-in (parsed by bowser, not by hand).
 */
export function deviceLabel(userAgent: string | null): string {
  if (!userAgent) return "Unknown device";
  const parsed = Bowser.parse(userAgent);
  const browser = parsed.browser.name;
  const os = parsed.os.name;
  const platform = parsed.platform.type === "mobile" || parsed.platform.type === "tablet" ? ` (${parsed.platform.type})` : "";
  if (!browser && !os) return "Unknown device";
  if (!os) return browser ?? "Unknown device";
  return `${browser ?? "A browser"} on ${os}${platform}`;
}
