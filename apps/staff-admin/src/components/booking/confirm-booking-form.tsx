"use client";

import { Button } from "@clinic/ui/button";
import { Field } from "@clinic/ui/field";
import { Textarea } from "@clinic/ui/textarea";
import { useActionState, useEffect, useRef } from "react";
import { bookForPatientAction, type BookState } from "~/app/(staff)/book/actions";

/** The last step: a POST form carrying the choices (ids, the start) and one idempotency key per attempt. */
export function ConfirmBookingForm({ fields, waived, idempotencyKey }: { fields: Record<string, string>; waived: string[]; idempotencyKey: string }) {
  const [state, formAction, pending] = useActionState<BookState, FormData>(bookForPatientAction, {});
  const errorRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (state.formError) errorRef.current?.focus();
  }, [state]);
  return (
    <form action={formAction} className="flex max-w-xl flex-col gap-4" aria-label="Confirm the booking">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {waived.map((rule) => (
        <input key={rule} type="hidden" name="waive" value={rule} />
      ))}
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <Field id="booking-reason" label="Reason for the visit" hint="Optional, in the patient's words.">
        <Textarea id="booking-reason" name="reason" maxLength={500} rows={2} aria-describedby="booking-reason-hint" />
      </Field>
      {state.formError ? (
        <p ref={errorRef} tabIndex={-1} role="alert" className="text-sm text-danger-800">
          {state.formError}
        </p>
      ) : null}
      <div>
        <Button type="submit" loading={pending}>
          Book visit
        </Button>
      </div>
    </form>
  );
}
