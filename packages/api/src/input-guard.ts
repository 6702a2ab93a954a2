import { DATE_RANGE_MESSAGE, isSafeForDateArithmetic } from "@clinic/domain/time/date-bounds";
import { CONTROL_CHARACTER_MESSAGE, hasControlCharacters } from "@clinic/domain/text/free-text";

/** Strings that are a date or date-time, as every procedure's date fields spell them. */
const ISO_DATE = /^[+-]?\d{4,6}-\d{2}-\d{2}(?:$|T)/;

/** Deeper than any procedure's input; refused rather than walked. */
const MAX_DEPTH = 32;

export type InputProblem = { path: (string | number)[]; message: string };

/**
 * The first value in a raw procedure input that no procedure accepts: a control character in any
 * text or key, a date at the calendar's edges (where date arithmetic breaks), or nesting deeper than any input has. Run before
 * each procedure's own schema, so the rule holds for every procedure, old and new (docs/decisions/0042).
 */
export function findInputProblem(input: unknown, path: (string | number)[] = []): InputProblem | null {
  if (typeof input === "string") {
    if (hasControlCharacters(input)) return { path, message: CONTROL_CHARACTER_MESSAGE };
    if (ISO_DATE.test(input) && !isSafeForDateArithmetic(input)) return { path, message: DATE_RANGE_MESSAGE };
    return null;
  }
  if (typeof input !== "object" || input === null) return null;
  if (path.length >= MAX_DEPTH) return { path, message: "This request is nested too deeply to be read." };
  if (Array.isArray(input)) {
    for (let index = 0; index < input.length; index++) {
      const problem = findInputProblem(input[index], [...path, index]);
      if (problem) return problem;
    }
    return null;
  }
  for (const [key, value] of Object.entries(input)) {
    if (hasControlCharacters(key)) return { path: [...path, key], message: CONTROL_CHARACTER_MESSAGE };
    const problem = findInputProblem(value, [...path, key]);
    if (problem) return problem;
  }
  return null;
}
