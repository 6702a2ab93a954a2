"use client";

import { Button } from "@clinic/ui/button";
import { useFormFeedback } from "@clinic/ui/form-feedback";
import { useActionState } from "react";
import { rescheduleVisitAction, type RescheduleField, type RescheduleState } from "~/app/(staff)/visits/actions";
import { rescheduleChoice } from "~/lib/reschedule-choice";

const FIELDS: readonly RescheduleField[] = ["start"];

type Props = {
  visitId: string;
  /** The day's free times: the value posted and the label read. */
  slots: { start: string; label: string }[];
  dayLabel: string;
  /** Rules waived when the times were searched (sent again so the API applies the same ones). */
  waived: string[];
  /** Whether this member of staff may waive the change cutoff. */
  mayWaiveCutoff: boolean;
};

/** Pick one free time and move the visit: a real POST form bound to a server action (works without JavaScript). */
export function RescheduleVisitForm({ visitId, slots, dayLabel, waived, mayWaiveCutoff }: Props) {
  const [state, formAction, pending] = useActionState<RescheduleState, FormData>(rescheduleVisitAction, {});
  const { formRef, onSubmit, errors, formError } = useFormFeedback(rescheduleChoice, FIELDS, state);
  const errorId = "reschedule-start-error";
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} className="flex flex-col gap-4" aria-label="Move the visit">
      <input type="hidden" name="id" value={visitId} />
      {waived.map((rule) => (
        <input key={rule} type="hidden" name="waive" value={rule} />
      ))}
      <fieldset className="flex flex-col gap-2" aria-describedby={errors.start ? errorId : undefined}>
        <legend className="mb-2 text-sm font-medium">Free times on {dayLabel}</legend>
        <div className="flex flex-wrap gap-2">
          {slots.map((slot, index) => (
            <label key={slot.start} className="flex min-h-10 items-center gap-2 rounded-lg border border-line-strong px-3 text-sm has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50">
              <input type="radio" name="start" value={slot.start} required aria-invalid={errors.start ? true : undefined} className="size-4" {...(index === 0 ? { id: "reschedule-start" } : {})} />
              {slot.label}
            </label>
          ))}
        </div>
        {errors.start ? (
          <p id={errorId} className="text-sm text-danger-800">
            {errors.start}
          </p>
        ) : null}
      </fieldset>
      {mayWaiveCutoff ? (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="waive" value="changeCutoff" className="size-4" />
          Waive the change cutoff (recorded with the visit)
        </label>
      ) : null}
      {formError ? (
        <p tabIndex={-1} data-form-error role="alert" className="text-sm text-danger-800">
          {formError}
        </p>
      ) : null}
      <div>
        <Button type="submit" loading={pending}>
          Move visit
        </Button>
      </div>
    </form>
  );
}
