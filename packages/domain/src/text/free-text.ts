import { z } from "zod";

/**
 * C0 control characters and DEL, except tab, line feed and carriage return: a NUL cannot be
 * stored in PostgreSQL text, and the others only hide or reorder what a reader sees.
 */
function isControlCharacter(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f;
}

export const CONTROL_CHARACTER_MESSAGE = "Remove the hidden control characters (such as NUL) from this text.";

/** Whether `text` holds a control character no field accepts. */
export function hasControlCharacters(text: string): boolean {
  for (let index = 0; index < text.length; index++) if (isControlCharacter(text.charCodeAt(index))) return true;
  return false;
}

/**
 * A string with no control characters (tab and line breaks allowed). Use it as the start of any
 * free-text schema: `freeText().trim().max(500, "…")`.
 */
export function freeText() {
  return z.string().refine((text) => !hasControlCharacters(text), CONTROL_CHARACTER_MESSAGE);
}
