import { chmod, mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { EmbeddedPostgresAlreadyRunning, startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded";

describe("startEmbeddedPostgres", () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  // As root, PostgreSQL runs as the "postgres" system user, which must be let through a 0700 parent
  // (a checkout under /root or a mktemp folder); see postgres-user-access.ts.
  it.runIf(process.getuid?.() === 0)("starts with its data directory under a folder only root could enter", async () => {
    const root = await mkdtemp(join(tmpdir(), "clinic-embedded-private-"));
    cleanups.push(() => rm(root, { recursive: true, force: true }));
    expect((await stat(root)).mode & 0o777).toBe(0o700);
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    const server = await startEmbeddedPostgres({ dataDir: join(root, "data"), port, unsafeFast: true });
    cleanups.push(() => server.stop());
    await expect(queryOne(server.urlFor("postgres"), "select 1 as ok")).resolves.toEqual({ ok: 1 });
    // Only the search bit was added: others still cannot list the folder.
    expect((await stat(root)).mode & 0o777).toBe(0o701);
  });

  it("serves a database, refuses a second launch on the same data directory, and restarts on it", async () => {
    const root = await mkdtemp(join(tmpdir(), "clinic-embedded-test-"));
    await chmod(root, 0o755);
    cleanups.push(() => rm(root, { recursive: true, force: true }));
    const dataDir = join(root, "data");
    const port = 20_000 + Math.floor(Math.random() * 20_000);

    let server: EmbeddedPostgres = await startEmbeddedPostgres({ dataDir, port, unsafeFast: true });
    cleanups.push(() => server.stop());
    await server.ensureDatabase("clinic");
    await server.ensureDatabase("clinic"); // a second call is a no-op
    await expect(queryOne(server.urlFor("clinic"), "select current_database() as name")).resolves.toEqual({ name: "clinic" });

    const second = await startEmbeddedPostgres({ dataDir, port: port + 1, unsafeFast: true }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(second).toBeInstanceOf(EmbeddedPostgresAlreadyRunning);
    expect((second as Error).message).toMatch(
      new RegExp(`^Another \`pnpm dev\` is already running \\(PostgreSQL pid \\d+ on port ${port}\\)\\. Stop it first, or set DATABASE_URL\\.$`),
    );
    // The running server is unharmed.
    await expect(queryOne(server.urlFor("clinic"), "select 1 as ok")).resolves.toEqual({ ok: 1 });

    await server.stop();
    server = await startEmbeddedPostgres({ dataDir, port, unsafeFast: true });
    await expect(queryOne(server.urlFor("clinic"), "select current_database() as name")).resolves.toEqual({ name: "clinic" });
  });
});

async function queryOne(url: string, text: string): Promise<unknown> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows[0];
  } finally {
    await client.end();
  }
}
