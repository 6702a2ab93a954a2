/** SQLSTATE codes we act on (https://www.postgresql.org/docs/current/errcodes-appendix.html). */
const EXCLUSION_VIOLATION = "23P01";
const UNIQUE_VIOLATION = "23505";

type PgErrorFields = { code?: unknown; constraint?: unknown };

/**
 * The PostgreSQL error behind `err`, if any. Drizzle wraps driver errors in a DrizzleQueryError
 * whose `cause` is the pg DatabaseError, so the chain of causes is searched (bounded, in case of cycles).
 */
function findPgError(err: unknown, code: string): PgErrorFields | undefined {
  let current: unknown = err;
  for (let depth = 0; depth < 5 && typeof current === "object" && current !== null; depth++) {
    const fields = current as PgErrorFields & { cause?: unknown };
    if (fields.code === code) return fields;
    current = fields.cause;
  }
  return undefined;
}

/** True when a write was refused by an exclusion constraint, e.g. an overlapping appointment of one provider. */
export function isExclusionViolation(err: unknown, constraint?: string): boolean {
  const pgError = findPgError(err, EXCLUSION_VIOLATION);
  return pgError !== undefined && (constraint === undefined || pgError.constraint === constraint);
}

/**
 * True when a write was refused by a unique constraint or unique index; pass `constraint` to
 * match only that one (e.g. "users_email_lower_unique" for an email already registered).
 */
export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  const pgError = findPgError(err, UNIQUE_VIOLATION);
  return pgError !== undefined && (constraint === undefined || pgError.constraint === constraint);
}

/** The SQLSTATE of `err` or of its cause (drizzle wraps the driver's error), for logs that must not carry messages. */
export function sqlStateOf(err: unknown): string | undefined {
  const codeOf = (value: unknown) =>
    typeof value === "object" && value !== null && "code" in value && typeof value.code === "string" ? value.code : undefined;
  return codeOf(err) ?? (err instanceof Error ? codeOf(err.cause) : undefined);
}
