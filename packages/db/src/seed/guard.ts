import { describeDatabaseUrl } from "../describe-url";

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "::1", ""]);

/**
 * Why the demo seed must not write to this database, or null when it may. The demo log-ins have
 * published passwords, so a production process (NODE_ENV=production) is always refused, and a
 * database on another machine is refused unless `allowRemote` (ALLOW_DEMO_SEED_REMOTE=true) says
 * it is a throwaway one. Loopback and Unix-socket URLs count as this machine, and so does no URL
 * (`pnpm dev`'s embedded server).
 */
export function demoSeedRefusal(input: { databaseUrl: string | undefined; nodeEnv: string; allowRemote: boolean }): string | null {
  if (input.nodeEnv === "production") {
    return "Refusing to seed demo accounts with published passwords while NODE_ENV=production.";
  }
  if (input.allowRemote || input.databaseUrl === undefined) return null;
  let host: string;
  try {
    host = new URL(input.databaseUrl).hostname.toLowerCase();
  } catch {
    return "Refusing to seed demo accounts: DATABASE_URL cannot be parsed.";
  }
  if (LOCAL_HOSTS.has(host)) return null;
  return (
    `Refusing to seed demo accounts with published passwords into ${describeDatabaseUrl(input.databaseUrl)}, ` +
    "which is not on this machine; set ALLOW_DEMO_SEED_REMOTE=true if it is a throwaway database."
  );
}
