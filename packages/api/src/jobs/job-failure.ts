import { describeForLog } from "../errors";

/** "DrizzleQueryError (SQLSTATE 23505)", "TypeError": what failed, never what it said. */
export function errorClassOf(error: unknown): string {
  const { name, sqlState } = describeForLog(error);
  return sqlState ? `${name} (SQLSTATE ${sqlState})` : name;
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
