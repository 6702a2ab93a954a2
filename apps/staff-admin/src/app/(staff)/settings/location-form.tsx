"use client";

import { locationSettingsSchema, WEEKDAY_NAMES } from "@clinic/domain/clinic/catalogue-settings";
import { Field, fieldDescribedBy } from "@clinic/ui/field";
import { useFormFeedback } from "@clinic/ui/form-feedback";
import { Input } from "@clinic/ui/input";
import { useActionState } from "react";
import { saveLocationAction, type SettingsFormState } from "./actions";
import { LOCATION_FIELDS, type LocationField } from "./location-fields";
import { SettingsForm } from "./settings-form";

export type LocationValues = {
  id: string;
  name: string;
  addressLine1: string;
  addressLine2: string | null;
  city: string;
  region: string;
  postalCode: string;
  phone: string;
  timeZone: string;
  openingHours: { weekday: number; opens: string; closes: string }[];
};

// The browser checks the plain boxes; opening hours are checked on the server (they post as pairs).
const browserSchema = locationSettingsSchema.omit({ openingHours: true });

const BOXES: { name: (typeof LOCATION_FIELDS)[number]; label: string; hint?: string; required: boolean; autoComplete?: string }[] = [
  { name: "name", label: "Name", required: true },
  { name: "addressLine1", label: "Street address", required: true, autoComplete: "address-line1" },
  { name: "addressLine2", label: "Suite or floor", required: false, autoComplete: "address-line2" },
  { name: "city", label: "City", required: true, autoComplete: "address-level2" },
  { name: "region", label: "State", required: true, autoComplete: "address-level1" },
  { name: "postalCode", label: "ZIP code", required: true, autoComplete: "postal-code" },
  { name: "phone", label: "Phone", required: true, autoComplete: "tel" },
  { name: "timeZone", label: "Time zone", hint: "IANA name, like America/Chicago. Schedules are wall-clock times in this zone.", required: true },
];

export function LocationForm({ location }: { location: LocationValues }) {
  const hours = Object.fromEntries(location.openingHours.flatMap((day) => [[`opens-${day.weekday}`, day.opens], [`closes-${day.weekday}`, day.closes]]));
  const initial: SettingsFormState<LocationField> = {
    values: { ...Object.fromEntries(LOCATION_FIELDS.map((field) => [field, location[field] ?? ""])), ...hours },
  };
  const [outcome, formAction, pending] = useActionState(saveLocationAction, initial);
  const { formRef, onSubmit, errors, formError } = useFormFeedback(browserSchema, LOCATION_FIELDS, outcome);
  const serverErrors = outcome.fieldErrors ?? {};
  const values = outcome.values ?? {};

  return (
    <SettingsForm id={location.id} action={formAction} formRef={formRef} onSubmit={onSubmit} formError={formError} saved={outcome.saved} pending={pending}>
      <div className="grid gap-5 sm:grid-cols-2">
        {BOXES.map(({ name, label, hint, required, autoComplete }) => (
          <Field key={name} id={name} label={label} hint={hint} error={errors[name]} required={required}>
            <Input
              id={name}
              name={name}
              required={required}
              autoComplete={autoComplete}
              type={name === "phone" ? "tel" : "text"}
              defaultValue={values[name]}
              invalid={Boolean(errors[name])}
              aria-describedby={fieldDescribedBy(name, { error: errors[name], hint })}
            />
          </Field>
        ))}
      </div>
      <fieldset>
        <legend className="mb-1 font-semibold text-ink">Opening hours</legend>
        <p id="hours-hint" className="mb-3 text-sm text-muted">
          Local time at this location. Leave both boxes empty on a day the location is closed.
        </p>
        {serverErrors.openingHours ? (
          <p role="alert" className="mb-3 text-sm font-medium text-danger-700">
            {serverErrors.openingHours}
          </p>
        ) : null}
        <div className="flex flex-col gap-3">
          {WEEKDAY_NAMES.map((day, index) => {
            const weekday = index + 1;
            const opens = `opens-${weekday}` as const;
            const closes = `closes-${weekday}` as const;
            return (
              <div key={day} className="grid grid-cols-[7rem_1fr_1fr] items-start gap-3">
                <span className="pt-2 font-medium">{day}</span>
                <Field id={opens} label={`${day} opens`} error={serverErrors[opens]}>
                  <Input id={opens} name={opens} type="time" defaultValue={values[opens]} invalid={Boolean(serverErrors[opens])} aria-describedby={fieldDescribedBy(opens, { error: serverErrors[opens] })} />
                </Field>
                <Field id={closes} label={`${day} closes`} error={serverErrors[closes]}>
                  <Input id={closes} name={closes} type="time" defaultValue={values[closes]} invalid={Boolean(serverErrors[closes])} aria-describedby={fieldDescribedBy(closes, { error: serverErrors[closes] })} />
                </Field>
              </div>
            );
          })}
        </div>
      </fieldset>
    </SettingsForm>
  );
}
