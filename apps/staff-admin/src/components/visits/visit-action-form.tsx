"use client";

import { Button } from "@clinic/ui/button";
import { Field, fieldDescribedBy } from "@clinic/ui/field";
import { Textarea } from "@clinic/ui/textarea";
import { useActionState, useEffect, useRef } from "react";
import { visitAction, type VisitActionState } from "~/app/(staff)/visits/actions";

const REASON_HINT = "The patient's email says it.";

type Props = {
  visitId: string;
  action: "checkIn" | "complete" | "markNoShow" | "cancel";
  label: string;
  variant?: "primary" | "secondary" | "danger";
};

/** One action on a visit as a real POST form (works without JavaScript); cancel asks why. */
export function VisitActionForm({ visitId, action, label, variant = "secondary" }: Props) {
  const [state, formAction, pending] = useActionState<VisitActionState, FormData>(visitAction, {});
  const errorRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (state.formError) errorRef.current?.focus();
  }, [state]);
  const reasonId = `${action}-reason`;
  return (
    <form action={formAction} className="flex flex-col gap-3" aria-label={label}>
      <input type="hidden" name="id" value={visitId} />
      <input type="hidden" name="action" value={action} />
      {action === "cancel" ? (
        <>
          <Field id={reasonId} label="Why is the visit cancelled?" required hint={REASON_HINT}>
            <Textarea id={reasonId} name="reason" required maxLength={500} rows={2} aria-describedby={fieldDescribedBy(reasonId, { hint: REASON_HINT })} />
          </Field>
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="waiveCutoff" className="size-4" />
            Waive the change cutoff
          </label>
        </>
      ) : null}
      {state.formError ? (
        <p ref={errorRef} tabIndex={-1} data-form-error role="alert" className="text-sm text-danger-800">
          {state.formError}
        </p>
      ) : null}
      <div>
        <Button type="submit" variant={variant} loading={pending}>
          {label}
        </Button>
      </div>
    </form>
  );
}
