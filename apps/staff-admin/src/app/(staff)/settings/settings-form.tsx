"use client";

import { Alert } from "@clinic/ui/alert";
import { Button } from "@clinic/ui/button";
import { Card } from "@clinic/ui/card";
import type { ReactNode, Ref, FormEvent } from "react";

/**
 * The frame every settings form shares: a real POST to its server action (works without JavaScript),
 * the refusal or the "saved" note at the top, and one submit button.
 */
export function SettingsForm({ id, action, formRef, onSubmit, formError, saved, pending, children }: {
  id: string;
  action: (form: FormData) => void;
  formRef: Ref<HTMLFormElement>;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  formError?: string;
  saved?: boolean;
  pending: boolean;
  children: ReactNode;
}) {
  const errorId = `${id}-form-error`;
  return (
    <Card className="max-w-3xl">
      <form
        ref={formRef}
        action={action}
        onSubmit={onSubmit}
        noValidate
        className="flex flex-col gap-5"
        aria-describedby={formError ? errorId : undefined}
      >
        <input type="hidden" name="id" value={id} />
        {formError ? (
          <div id={errorId} data-form-error tabIndex={-1}>
            <Alert tone="error">{formError}</Alert>
          </div>
        ) : null}
        {/* The success Alert is itself a status region, announced when it appears. */}
        {saved ? <Alert tone="success">Saved. The next search uses the new settings.</Alert> : null}
        {children}
        <div>
          <Button type="submit" loading={pending}>
            Save changes
          </Button>
        </div>
      </form>
    </Card>
  );
}

/** A labelled checkbox; its hint sits beside it and is read after the label. */
export function Checkbox({ name, label, hint, defaultChecked, value }: { name: string; label: string; hint?: string; defaultChecked: boolean; value?: string }) {
  const id = value ? `${name}-${value}` : name;
  return (
    <div className="flex items-start gap-3">
      <input
        id={id}
        name={name}
        type="checkbox"
        value={value}
        defaultChecked={defaultChecked}
        aria-describedby={hint ? `${id}-hint` : undefined}
        className="mt-1 size-5 rounded border-line-strong accent-brand-700"
      />
      <div>
        <label htmlFor={id} className="font-medium text-ink">
          {label}
        </label>
        {hint ? (
          <p id={`${id}-hint`} className="text-sm text-muted">
            {hint}
          </p>
        ) : null}
      </div>
    </div>
  );
}
