import { isIP } from "node:net";

/**
 * The client's address for throttling and the session record, or null if unknown.
 * Takes the right-most X-Forwarded-For entry: it is the address the nearest proxy (or Next.js
 * itself) saw, whereas entries to its left are whatever the client chose to send.
 */
export function clientIp(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-for");
  const candidate = forwarded?.split(",").at(-1)?.trim() || headers.get("x-real-ip")?.trim();
  if (!candidate) return null;
  // IPv4 clients of a dual-stack socket show up as ::ffff:a.b.c.d; one client, one key.
  const address = candidate.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
  return isIP(address) ? address : null;
}

export function clientUserAgent(headers: Headers): string | null {
  return headers.get("user-agent");
}
