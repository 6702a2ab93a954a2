import { isIP } from "node:net";
import { z } from "zod";

/**
 * How many reverse proxies the operator put in front of the apps (TRUSTED_PROXY_HOPS, default 0).
 * Each appends the address it saw to X-Forwarded-For, so the client is the entry that many places
 * from the right; everything further left is whatever the client chose to send.
 */
const trustedProxyHopsSchema = z.coerce
  .number({ message: "TRUSTED_PROXY_HOPS must be a whole number of proxies (0 when clients reach the app directly)." })
  .int("TRUSTED_PROXY_HOPS must be a whole number of proxies (0 when clients reach the app directly).")
  .min(0, "TRUSTED_PROXY_HOPS cannot be negative.")
  .max(10, "TRUSTED_PROXY_HOPS above 10 is surely a mistake.")
  .default(0);

let configuredHops: number | undefined;

/** TRUSTED_PROXY_HOPS, validated on first use; an invalid value stops the request loudly rather than trusting clients. */
export function trustedProxyHops(env: Record<string, string | undefined> = process.env): number {
  if (env !== process.env) return trustedProxyHopsSchema.parse(env.TRUSTED_PROXY_HOPS || undefined);
  configuredHops ??= trustedProxyHopsSchema.parse(env.TRUSTED_PROXY_HOPS || undefined);
  return configuredHops;
}

/**
 * The client's address for throttling, the session record and the audit trail, or null if unknown.
 * With 0 trusted hops it is always null: Next.js route handlers and server actions do not expose
 * the socket address, and Next only fills X-Forwarded-For when the client sent none, so any value
 * there may be the client's own choice (docs/decisions/0043). Per-account limits still apply.
 */
export function clientIp(headers: Headers, hops: number = trustedProxyHops()): string | null {
  if (hops === 0) return null;
  const entries = (headers.get("x-forwarded-for") ?? "").split(",").map((entry) => entry.trim());
  // Fewer entries than proxies: the chain is not the one configured, so nothing in it is trusted.
  if (entries.length < hops) return null;
  const candidate = entries[entries.length - hops];
  if (!candidate) return null;
  // IPv4 clients of a dual-stack socket show up as ::ffff:a.b.c.d; one client, one key.
  const address = candidate.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
  return isIP(address) ? address : null;
}

export function clientUserAgent(headers: Headers): string | null {
  return headers.get("user-agent");
}
