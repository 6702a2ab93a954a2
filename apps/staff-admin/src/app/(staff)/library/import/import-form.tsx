"use client";

import { Alert } from "@clinic/ui/alert";
import { Button } from "@clinic/ui/button";
import { Field, fieldDescribedBy } from "@clinic/ui/field";
import { Textarea } from "@clinic/ui/textarea";
import { useActionState, useEffect, useRef } from "react";
import { importArticleAction, type ImportFormState } from "../actions";
import { KindField } from "../kind-field";

const TEXT_HINT = "Select all of the page in the browser, copy, and paste it here. The first line becomes the title; short lines on their own become section headings; •, - and 1. lines become lists. Calls to action such as “Book now”, © lines and phone numbers are left out.";

/** A real POST form (works without JavaScript): the server action creates the draft and opens it. */
export function ImportForm() {
  const [state, formAction, pending] = useActionState<ImportFormState, FormData>(importArticleAction, {});
  const formRef = useRef<HTMLFormElement>(null);
  const errors = state.fieldErrors ?? {};
  useEffect(() => {
    const first = Object.keys(state.fieldErrors ?? {})[0];
    const target = first ? formRef.current?.elements.namedItem(first) : null;
    if (target instanceof HTMLElement) target.focus();
  }, [state]);

  return (
    <form ref={formRef} action={formAction} noValidate className="flex max-w-3xl flex-col gap-5">
      {state.formError ? <Alert tone="error">{state.formError}</Alert> : null}
      <KindField defaultValue={state.kind} error={errors.kind} className="w-56" />
      <Field id="text" label="Text of the page" hint={TEXT_HINT} error={errors.text} required>
        <Textarea
          id="text"
          name="text"
          rows={18}
          required
          defaultValue={state.text ?? ""}
          key={state.text ?? ""}
          invalid={Boolean(errors.text)}
          aria-describedby={fieldDescribedBy("text", { error: errors.text, hint: TEXT_HINT })}
          className="font-mono text-sm"
        />
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" loading={pending}>
          Create draft from this text
        </Button>
        <p className="text-sm text-muted">You check and edit the draft next; patients see nothing until a provider approves it.</p>
      </div>
    </form>
  );
}
