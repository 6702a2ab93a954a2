import { sqlStateOf } from "@clinic/db/errors";

/** "DrizzleQueryError (SQLSTATE 23505)", "TypeError": what failed, never what it said. */
export function errorClassOf(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const sqlState = sqlStateOf(error);
  return sqlState ? `${error.name} (SQLSTATE ${sqlState})` : error.name;
}

/**
 * What a failed job reports to graphile-worker, which logs the message and keeps it in its jobs
 * table: the error class and SQLSTATE only. Driver and SMTP messages can quote row values and
 * addresses, which must reach neither.
 */
export class JobFailed extends Error {
  override readonly name = "JobFailed";

  constructor(cause: unknown) {
    super(errorClassOf(cause), { cause });
  }
}
