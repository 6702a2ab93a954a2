"use client";

import { serviceSettingsSchema, SERVICE_SETTINGS_FIELDS } from "@clinic/domain/clinic/catalogue-settings";
import { Field, fieldDescribedBy } from "@clinic/ui/field";
import { useFormFeedback } from "@clinic/ui/form-feedback";
import { Input } from "@clinic/ui/input";
import { useActionState } from "react";
import { saveServiceAction, type ServiceField, type SettingsFormState } from "./actions";
import { Checkbox, SettingsForm } from "./settings-form";

export type ServiceValues = Record<Exclude<ServiceField, "active" | "onlineBookable">, string | number> & { id: string; active: boolean; onlineBookable: boolean };

const NUMBERS: { name: Exclude<ServiceField, "name" | "active" | "onlineBookable">; label: string; hint: string }[] = [
  { name: "durationMinutes", label: "Visit length (minutes)", hint: "From 5 to 480 minutes." },
  { name: "bufferBeforeMinutes", label: "Time held before (minutes)", hint: "Preparation; the provider is busy but the patient is not." },
  { name: "bufferAfterMinutes", label: "Time held after (minutes)", hint: "Notes and cleaning the room." },
  { name: "minNoticeMinutes", label: "Minimum notice (minutes)", hint: "Patients cannot book a visit sooner than this." },
  { name: "bookingHorizonDays", label: "Booking horizon (days)", hint: "How many days ahead patients may book." },
  { name: "slotIntervalMinutes", label: "Slot interval (minutes)", hint: "Visits start on multiples of this, e.g. 15 gives :00, :15, :30, :45." },
  { name: "changeCutoffMinutes", label: "Change cutoff (minutes)", hint: "Patients cannot cancel or reschedule online later than this before the visit." },
];

export function ServiceForm({ service }: { service: ServiceValues }) {
  const initial: SettingsFormState<ServiceField> = {
    values: { ...Object.fromEntries(SERVICE_SETTINGS_FIELDS.map((field) => [field, String(service[field])])), active: service.active ? "on" : "", onlineBookable: service.onlineBookable ? "on" : "" },
  };
  const [outcome, formAction, pending] = useActionState(saveServiceAction, initial);
  const { formRef, onSubmit, errors, formError } = useFormFeedback(serviceSettingsSchema, SERVICE_SETTINGS_FIELDS, outcome);
  const values = outcome.values ?? {};

  return (
    <SettingsForm id={service.id} action={formAction} formRef={formRef} onSubmit={onSubmit} formError={formError} saved={outcome.saved} pending={pending}>
      <Field id="name" label="Name" error={errors.name} required>
        <Input id="name" name="name" required defaultValue={values.name} invalid={Boolean(errors.name)} aria-describedby={fieldDescribedBy("name", { error: errors.name })} />
      </Field>
      <div className="grid gap-5 sm:grid-cols-2">
        {NUMBERS.map(({ name, label, hint }) => (
          <Field key={name} id={name} label={label} hint={hint} error={errors[name]} required>
            <Input
              id={name}
              name={name}
              type="number"
              inputMode="numeric"
              step={1}
              required
              defaultValue={values[name]}
              invalid={Boolean(errors[name])}
              aria-describedby={fieldDescribedBy(name, { error: errors[name], hint })}
            />
          </Field>
        ))}
      </div>
      <Checkbox
        name="onlineBookable"
        label="Patients can book online"
        hint="When off, only staff book this service; patients do not see it on the booking page."
        defaultChecked={values.onlineBookable === "on"}
      />
      <Checkbox name="active" label="Active" hint="Inactive services cannot be booked; their visits and history stay." defaultChecked={values.active === "on"} />
    </SettingsForm>
  );
}
