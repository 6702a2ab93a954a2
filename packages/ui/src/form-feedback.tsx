"use client";

import { useEffect, useRef, useState, type FormEvent } from "react";
import { type z } from "zod";

/** What a progressive form's server action answers when it does not redirect. */
export type FormFeedback<Field extends string> = {
  formError?: string;
  fieldErrors?: Partial<Record<Field, string>>;
  /** Values to show again after a refusal (never passwords). */
  values?: Partial<Record<Field, string>>;
};

function firstErrors<Field extends string>(error: z.ZodError, fields: readonly Field[]): Partial<Record<Field, string>> {
  const errors: Partial<Record<Field, string>> = {};
  for (const issue of error.issues) {
    const field = issue.path[0];
    if (typeof field === "string" && (fields as readonly string[]).includes(field) && !errors[field as Field]) {
      errors[field as Field] = issue.message;
    }
  }
  return errors;
}

/**
 * The browser half of a progressive form (`<form action={serverAction}>`, which React posts, so it
 * works before and without JavaScript): checks the fields with the same zod schema before posting,
 * and moves focus to the first error the browser or the server found.
 */
export function useFormFeedback<Field extends string>(
  schema: z.ZodType,
  fields: readonly Field[],
  serverFeedback: FormFeedback<Field>,
) {
  const [clientErrors, setClientErrors] = useState<Partial<Record<Field, string>> | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const errors: Partial<Record<Field, string>> = clientErrors ?? serverFeedback.fieldErrors ?? {};
  const formError = clientErrors ? undefined : serverFeedback.formError;

  // A new answer from the server replaces what the browser found; focus its first problem.
  useEffect(() => {
    setClientErrors(null);
    focusFirstProblem(formRef.current, serverFeedback.fieldErrors ?? {}, fields, Boolean(serverFeedback.formError));
  }, [serverFeedback, fields]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const data = new FormData(event.currentTarget);
    const values = Object.fromEntries(fields.map((field) => [field, data.get(field) ?? ""]));
    const parsed = schema.safeParse(values);
    if (parsed.success) {
      setClientErrors(null);
      return;
    }
    event.preventDefault();
    const found = firstErrors(parsed.error, fields);
    setClientErrors(found);
    focusFirstProblem(event.currentTarget, found, fields, false);
  }

  return { formRef, onSubmit, errors, formError };
}

function focusFirstProblem(form: HTMLFormElement | null, errors: Partial<Record<string, string>>, fields: readonly string[], hasFormError: boolean) {
  if (!form) return;
  const field = fields.find((name) => errors[name]);
  const target = field ? form.elements.namedItem(field) : hasFormError ? form.querySelector<HTMLElement>("[data-form-error]") : null;
  if (target instanceof HTMLElement) target.focus();
}
