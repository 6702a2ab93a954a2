"use client";

import { Button } from "@clinic/ui/button";
import { Field, fieldDescribedBy } from "@clinic/ui/field";
import { Input } from "@clinic/ui/input";
import Link from "next/link";
import { useActionState, useEffect, useRef } from "react";
import { createPatientAction, type NewPatientField, type NewPatientState } from "~/app/(staff)/book/actions";

const FIELDS: { name: NewPatientField; label: string; type: string; required: boolean; autoComplete: string; hint?: string }[] = [
  { name: "name", label: "Full name", type: "text", required: true, autoComplete: "off" },
  { name: "dateOfBirth", label: "Date of birth", type: "date", required: true, autoComplete: "off" },
  { name: "phone", label: "Phone", type: "tel", required: true, autoComplete: "off" },
  { name: "email", label: "Email", type: "email", required: false, autoComplete: "off", hint: "Optional. The confirmation goes here, and the patient can later claim an online account with it." },
];

/** Creates a patient record on the spot; likely duplicates (same name and date of birth) come first. */
export function NewPatientForm() {
  const [state, formAction, pending] = useActionState<NewPatientState, FormData>(createPatientAction, {});
  const duplicatesRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.duplicates) duplicatesRef.current?.focus();
    const firstError = FIELDS.find((field) => state.fieldErrors?.[field.name]);
    if (firstError) (formRef.current?.elements.namedItem(firstError.name) as HTMLElement | null)?.focus();
  }, [state]);
  const errors = state.fieldErrors ?? {};
  return (
    <form ref={formRef} action={formAction} className="flex max-w-xl flex-col gap-4" aria-labelledby="new-patient-heading">
      <h3 id="new-patient-heading" className="text-lg font-semibold">
        New patient
      </h3>
      {FIELDS.map((field) => {
        const id = `new-patient-${field.name}`;
        return (
          <Field key={field.name} id={id} label={field.label} required={field.required} error={errors[field.name]} hint={field.hint}>
            <Input
              id={id}
              name={field.name}
              type={field.type}
              required={field.required}
              autoComplete={field.autoComplete}
              defaultValue={state.values?.[field.name] ?? ""}
              invalid={Boolean(errors[field.name])}
              aria-describedby={fieldDescribedBy(id, { error: errors[field.name], hint: field.hint })}
            />
          </Field>
        );
      })}
      {state.duplicates ? (
        <section aria-labelledby="duplicates-heading" className="rounded-lg border border-warning-200 bg-warning-50 p-4 text-sm">
          <h4 id="duplicates-heading" ref={duplicatesRef} tabIndex={-1} className="font-semibold outline-none">
            Is it one of these patients? Same name and date of birth:
          </h4>
          <ul className="mt-2 flex flex-col gap-1">
            {state.duplicates.map((duplicate) => (
              <li key={duplicate.id}>
                <Link href={`/book?patient=${duplicate.id}`} className="text-brand-800 underline">
                  Book for {duplicate.name}
                </Link>{" "}
                (born {duplicate.dateOfBirth ?? "—"}, phone {duplicate.phone ?? "—"})
              </li>
            ))}
          </ul>
          <label className="mt-3 flex items-center gap-2">
            <input type="checkbox" name="confirmNotDuplicate" className="size-4" />
            None of these: create a new record
          </label>
        </section>
      ) : null}
      {state.formError ? (
        <p role="alert" className="text-sm text-danger-800">
          {state.formError}
        </p>
      ) : null}
      <div>
        <Button type="submit" loading={pending}>
          Create patient and continue
        </Button>
      </div>
    </form>
  );
}
