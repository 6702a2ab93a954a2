import { CLINIC_PROFILE } from "../clinic/clinic-profile";
import { z } from "zod";

/** The clinic's audit days run on its own calendar (Austin); a filter's dates are days there. */
export const AUDIT_TIME_ZONE = CLINIC_PROFILE.timeZone;
/** A filter spans at most this many days, so no single page or export scans the whole trail. */
export const AUDIT_MAX_RANGE_DAYS = 92;
/** The most rows one CSV export holds; a wider filter is refused with a sentence, never truncated silently. */
export const AUDIT_EXPORT_MAX_ROWS = 10_000;

const calendarDate = z.iso.date({ error: "Enter dates as YYYY-MM-DD." });

/** Whole days from `from` to `to` inclusive (both YYYY-MM-DD). */
export function daysInRange(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/** Who, whom, what and when: every part but the dates is optional. Extend it, then pass it through `boundedRange`. */
export const auditFilterFields = z.object({
  patientId: z.uuid({ error: "Choose a patient from the records." }).optional(),
  actorUserId: z.uuid({ error: "Choose a member of staff from the list." }).optional(),
  action: z
    .string()
    .max(60, "Choose an action from the list.")
    .regex(/^[a-z_]+\.[a-z_]+$/, "Choose an action from the list.")
    .optional(),
  from: calendarDate,
  to: calendarDate,
});

/** The range rules: `to` not before `from`, and at most AUDIT_MAX_RANGE_DAYS days. */
export function boundedRange<T extends z.ZodType<{ from: string; to: string }>>(schema: T): T {
  return schema
    .refine((filter) => filter.from <= filter.to, { path: ["to"], error: "The end date must be on or after the start date." })
    .refine((filter) => daysInRange(filter.from, filter.to) <= AUDIT_MAX_RANGE_DAYS, {
      path: ["to"],
      error: `Choose at most ${AUDIT_MAX_RANGE_DAYS} days at a time.`,
    });
}

export const auditFilterInput = boundedRange(auditFilterFields);
export type AuditFilter = z.infer<typeof auditFilterInput>;

/**
 * Spreadsheet programs run a cell that starts with = + - @ (or a tab or carriage return) as a formula:
 * such a cell gets a leading apostrophe, so an exported name like "=HYPERLINK(...)" stays text (OWASP "CSV injection").
 */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}
