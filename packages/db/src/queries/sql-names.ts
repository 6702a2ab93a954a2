import { sql, type AnyColumn, type SQL } from "drizzle-orm";

/**
 * Columns as an INSERT's column list: bare names from the schema (PostgreSQL reads a qualified
 * name there as a field of a composite column).
 */
export function columnList(...columns: AnyColumn[]): SQL {
  return sql.join(
    columns.map((column) => sql.identifier(column.name)),
    sql`, `,
  );
}
