import { randomBytes } from "node:crypto";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "../embedded";
import { testDatabaseEnv } from "../env";
import { migrateDatabase } from "../migrate";

export type TestServer = {
  /** URL of a database on the server that can create and drop databases. */
  adminUrl: string;
  /** Stops and deletes the throwaway server; nothing for an external server. */
  stop(): Promise<void>;
};

/**
 * The server tests run against: TEST_DATABASE_URL (an admin URL of an existing server) if set,
 * otherwise a throwaway embedded PostgreSQL in a temporary directory on a free loopback port,
 * with fsync off unless `unsafeFast: false` (its data is deleted on stop anyway).
 */
export async function startTestServer(options: { unsafeFast?: boolean } = {}): Promise<TestServer> {
  const external = testDatabaseEnv().TEST_DATABASE_URL;
  if (external) return { adminUrl: external, stop: async () => undefined };

  const root = await mkdtemp(join(tmpdir(), "clinic-test-pg-"));
  // The server runs as the "postgres" system user, which must be able to enter the directory.
  await chmod(root, 0o755);
  const server = await startEmbeddedPostgres({ dataDir: join(root, "data"), port: await freePort(), unsafeFast: options.unsafeFast ?? true });
  return {
    adminUrl: server.urlFor("postgres"),
    async stop() {
      await server.stop();
      await rm(root, { recursive: true, force: true });
    },
  };
}

/** Creates database `name` on the server and applies every migration; returns its URL. */
export async function createMigratedDatabase(adminUrl: string, name: string): Promise<string> {
  await withAdminClient(adminUrl, (client) => client.query(`create database ${client.escapeIdentifier(name)}`));
  const url = databaseUrl(adminUrl, name);
  await migrateDatabase(url);
  return url;
}

/** Drops a database even if connections are still open (PostgreSQL 13+). */
export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await withAdminClient(adminUrl, async (client) => {
    // pg's Pool.end() resolves before its sockets close; forcing the drop while they close makes the
    // server send 57P01 to a pool nobody listens to any more, an uncaught error in the test run.
    for (let waited = 0; waited < 5_000; waited += 50) {
      const { rows } = await client.query<{ n: number }>("select count(*)::int as n from pg_stat_activity where datname = $1", [name]);
      if (rows[0]!.n === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await client.query(`drop database if exists ${client.escapeIdentifier(name)} with (force)`);
  });
}

/** A database name no other run will pick: prefix + random suffix, within PostgreSQL's 63 bytes. */
export function uniqueDatabaseName(prefix: string): string {
  return `${prefix}_${randomBytes(5).toString("hex")}`.toLowerCase();
}

/** The same server and credentials as `adminUrl`, another database. */
export function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${encodeURIComponent(name)}`;
  return url.toString();
}

export async function withAdminClient<T>(adminUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no free port"))));
    });
  });
}
