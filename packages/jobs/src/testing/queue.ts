// Helpers for the job tests: a look into graphile-worker's queue and its log.
import type { Database } from "@clinic/db/client";
import { sql } from "drizzle-orm";
import { Logger } from "graphile-worker";

export type QueuedJob = { id: string; task: string; key: string | null; payload: unknown; runAt: Date; attempts: number; lastError: string | null };

/** Jobs still in graphile-worker's queue (waiting, running or failed for good), oldest first. */
export async function queuedJobs(db: Database, task?: string): Promise<QueuedJob[]> {
  const result = await db.execute<{ id: string; task_identifier: string; key: string | null; payload: unknown; run_at: Date; attempts: number; last_error: string | null }>(
    // The public jobs view leaves out payloads; tests read the private table they live in.
    sql`select jobs.id, tasks.identifier as task_identifier, jobs.key, jobs.payload, jobs.run_at, jobs.attempts, jobs.last_error
        from graphile_worker._private_jobs as jobs join graphile_worker._private_tasks as tasks on tasks.id = jobs.task_id
        where ${task ?? null}::text is null or tasks.identifier = ${task ?? null} order by jobs.id`,
  );
  return result.rows.map((row) => ({
    id: String(row.id),
    task: row.task_identifier,
    key: row.key,
    payload: row.payload,
    runAt: new Date(row.run_at),
    attempts: row.attempts,
    lastError: row.last_error,
  }));
}

/** Adds a job the way the procedures do (graphile_worker.add_job), without a job key unless given. */
export async function addJob(db: Database, task: string, payload: unknown = {}, options: { runAt?: Date; jobKey?: string } = {}) {
  await db.execute(
    sql`select graphile_worker.add_job(${task}, ${JSON.stringify(payload)}::json, run_at := ${options.runAt?.toISOString() ?? null}::timestamptz, job_key := ${options.jobKey ?? null})`,
  );
}

/** Collects graphile-worker's log lines through jobLogger-style output, for asserting what would be printed. */
export function capturingLog() {
  const lines: string[] = [];
  const write = { info: (line: string) => lines.push(line), warn: (line: string) => lines.push(line), error: (line: string) => lines.push(line) };
  return { lines, write };
}

/** A logger that prints nothing (tests that do not look at the log). */
export const silentLogger = new Logger(() => () => undefined);
