"use client";

import { ROLE_LABELS, STAFF_ROLES } from "@clinic/domain/people/roles";
import { staffInvitationInput } from "@clinic/domain/people/staff-invitation";
import { Alert } from "@clinic/ui/alert";
import { Button } from "@clinic/ui/button";
import { Field, fieldDescribedBy } from "@clinic/ui/field";
import { useFormFeedback } from "@clinic/ui/form-feedback";
import { Input } from "@clinic/ui/input";
import { Select } from "@clinic/ui/select";
import { useActionState, useEffect, useRef } from "react";
import type { InviteFormState } from "./actions";

const FIELDS = ["email", "name", "role", "providerId"] as const;

/** Invite by name, email and role (and, for a provider, their provider profile). */
export function InviteForm({
  action,
  providers,
}: {
  action: (previous: InviteFormState, form: FormData) => Promise<InviteFormState>;
  providers: { id: string; name: string }[];
}) {
  const [outcome, formAction, pending] = useActionState(action, {});
  const { formRef, onSubmit, errors, formError } = useFormFeedback(staffInvitationInput, FIELDS, outcome);
  const sentRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (outcome.sent) sentRef.current?.focus();
  }, [outcome]);
  const values = outcome.values ?? {};
  const providerHint = "Only for role Provider: the profile whose calendar and visits the account works with.";
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="grid gap-4 sm:grid-cols-2" key={outcome.sent ?? "form"}>
      {outcome.sent ? (
        <div ref={sentRef} tabIndex={-1} className="sm:col-span-2 focus:outline-none">
          <Alert tone="success">{outcome.sent}</Alert>
        </div>
      ) : null}
      {formError ? (
        <div data-form-error tabIndex={-1} className="sm:col-span-2 focus-visible:outline-2 focus-visible:outline-brand-600">
          <Alert tone="error">{formError}</Alert>
        </div>
      ) : null}
      <Field id="invite-name" label="Full name" error={errors.name} required>
        <Input id="invite-name" name="name" autoComplete="off" required defaultValue={values.name ?? ""} invalid={Boolean(errors.name)} aria-describedby={fieldDescribedBy("invite-name", { error: errors.name })} />
      </Field>
      <Field id="invite-email" label="Email" error={errors.email} required>
        <Input id="invite-email" name="email" type="email" autoComplete="off" required defaultValue={values.email ?? ""} invalid={Boolean(errors.email)} aria-describedby={fieldDescribedBy("invite-email", { error: errors.email })} />
      </Field>
      <Field id="invite-role" label="Role" error={errors.role} required>
        <Select id="invite-role" name="role" required defaultValue={values.role ?? "front_desk"} invalid={Boolean(errors.role)} aria-describedby={fieldDescribedBy("invite-role", { error: errors.role })}>
          {STAFF_ROLES.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="invite-provider" label="Provider profile" hint={providerHint} error={errors.providerId}>
        <Select id="invite-provider" name="providerId" defaultValue={values.providerId ?? ""} invalid={Boolean(errors.providerId)} aria-describedby={fieldDescribedBy("invite-provider", { error: errors.providerId, hint: providerHint })}>
          <option value="">{providers.length > 0 ? "None" : "Every provider profile has an account"}</option>
          {providers.map((provider) => (
            <option key={provider.id} value={provider.id}>
              {provider.name}
            </option>
          ))}
        </Select>
      </Field>
      <div className="sm:col-span-2">
        <Button type="submit" loading={pending}>
          {pending ? "Sending…" : "Send invitation"}
        </Button>
      </div>
    </form>
  );
}
