import type { FieldPath, UseFormSetError } from "react-hook-form";
import type { UpdateContactInput } from "@clinic/domain/people/contact-details";

const FIELDS = ["name", "phone", "dateOfBirth"] as const satisfies readonly FieldPath<UpdateContactInput>[];

/**
 * Puts the server's zod field messages (`error.data.zodError.fieldErrors`) on the matching inputs, so a
 * rule only the server knows still shows beside the field. Returns whether any field got a message.
 */
export function applyServerFieldErrors(
  fieldErrors: Record<string, string[] | undefined> | undefined,
  setError: UseFormSetError<UpdateContactInput>,
): boolean {
  let applied = false;
  for (const field of FIELDS) {
    const message = fieldErrors?.[field]?.[0];
    if (message) {
      setError(field, { type: "server", message }, { shouldFocus: !applied });
      applied = true;
    }
  }
  return applied;
}
