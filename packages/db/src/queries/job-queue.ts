// graphile-worker's queue, written to with its own SQL functions (graphile_worker.add_job and
// remove_job) so a job commits or rolls back with the change that causes it.
import { sql, type SQL } from "drizzle-orm";
import type { Executor } from "../client";

export type JobOptions = {
  runAt: Date;
  /** One pending job per key; see graphile-worker's job_key_mode. */
  jobKey: string;
  jobKeyMode: "replace" | "preserve_run_at";
  maxAttempts: number;
};

/** A statement adding the job `task` with `payload` once per row of `source` (a table expression). */
export function addJobFrom(task: string, payload: unknown, options: JobOptions, source: SQL): SQL {
  return sql`select graphile_worker.add_job(${task}, ${JSON.stringify(payload)}::json, run_at := ${options.runAt.toISOString()}::timestamptz,
    job_key := ${options.jobKey}, job_key_mode := ${options.jobKeyMode}, max_attempts := ${options.maxAttempts}) from ${source}`;
}

/** Adds one job in the caller's transaction. */
export async function addJob(db: Executor, task: string, payload: unknown, options: JobOptions): Promise<void> {
  await db.execute(addJobFrom(task, payload, options, sql`(values (1)) as one`));
}

/** Removes the pending job of `jobKey` (a no-op when there is none, or it is running). */
export async function removeJob(db: Executor, jobKey: string): Promise<void> {
  await db.execute(sql`select graphile_worker.remove_job(${jobKey})`);
}
