"use client";

import { providerProfileSchema, PROVIDER_PROFILE_FIELDS } from "@clinic/domain/clinic/catalogue-settings";
import { Field, fieldDescribedBy } from "@clinic/ui/field";
import { useFormFeedback } from "@clinic/ui/form-feedback";
import { Input } from "@clinic/ui/input";
import { Textarea } from "@clinic/ui/textarea";
import { useActionState } from "react";
import { saveProviderAction, type ProviderField, type SettingsFormState } from "./actions";
import { Checkbox, SettingsForm } from "./settings-form";

export type ProviderValues = {
  id: string;
  name: string;
  title: string;
  bio: string;
  active: boolean;
  serviceIds: string[];
  locationIds: string[];
};
type Choice = { id: string; name: string; active?: boolean };

export function ProviderForm({ provider, services, locations }: { provider: ProviderValues; services: Choice[]; locations: Choice[] }) {
  const initial: SettingsFormState<ProviderField> = {
    values: { name: provider.name, title: provider.title, bio: provider.bio, active: provider.active ? "on" : "" },
  };
  const [outcome, formAction, pending] = useActionState(saveProviderAction, initial);
  const { formRef, onSubmit, errors, formError } = useFormFeedback(providerProfileSchema, PROVIDER_PROFILE_FIELDS, outcome);
  const values = outcome.values ?? {};

  return (
    <SettingsForm id={provider.id} action={formAction} formRef={formRef} onSubmit={onSubmit} formError={formError} saved={outcome.saved} pending={pending}>
      <Field id="name" label="Name" error={errors.name} required>
        <Input id="name" name="name" required defaultValue={values.name} invalid={Boolean(errors.name)} aria-describedby={fieldDescribedBy("name", { error: errors.name })} />
      </Field>
      <Field id="title" label="Title" hint="Credentials and specialty, as patients see them." error={errors.title} required>
        <Input
          id="title"
          name="title"
          required
          defaultValue={values.title}
          invalid={Boolean(errors.title)}
          aria-describedby={fieldDescribedBy("title", { error: errors.title, hint: "Credentials and specialty, as patients see them." })}
        />
      </Field>
      <Field id="bio" label="Biography" error={errors.bio} required>
        <Textarea id="bio" name="bio" rows={6} required defaultValue={values.bio} invalid={Boolean(errors.bio)} aria-describedby={fieldDescribedBy("bio", { error: errors.bio })} />
      </Field>
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-2 font-semibold text-ink">Services offered</legend>
        {services.map((service) => (
          <Checkbox
            key={service.id}
            name="serviceIds"
            value={service.id}
            label={service.active === false ? `${service.name} (inactive)` : service.name}
            defaultChecked={provider.serviceIds.includes(service.id)}
          />
        ))}
      </fieldset>
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-2 font-semibold text-ink">Works at</legend>
        {locations.map((location) => (
          <Checkbox key={location.id} name="locationIds" value={location.id} label={location.name} defaultChecked={provider.locationIds.includes(location.id)} />
        ))}
      </fieldset>
      <Checkbox name="active" label="Active" hint="Inactive providers are not offered to patients; their visits stay." defaultChecked={values.active === "on"} />
    </SettingsForm>
  );
}
