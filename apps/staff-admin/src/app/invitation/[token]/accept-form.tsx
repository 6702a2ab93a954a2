"use client";

import { NewPasswordField } from "@clinic/ui/new-password-field";
import { acceptInvitationInput } from "@clinic/domain/people/staff-invitation";
import { Alert } from "@clinic/ui/alert";
import { Button } from "@clinic/ui/button";
import { Field, fieldDescribedBy } from "@clinic/ui/field";
import { useFormFeedback, type FormFeedback } from "@clinic/ui/form-feedback";
import { Input } from "@clinic/ui/input";
import { useActionState } from "react";

const FIELDS = ["password", "confirmPassword"] as const;
type Outcome = FormFeedback<(typeof FIELDS)[number]>;

/** Choose a password (typed twice); posted to the server action, so it works without JavaScript. */
export function AcceptInvitationForm({ action, token, email }: { action: (previous: Outcome, form: FormData) => Promise<Outcome>; token: string; email: string }) {
  const [outcome, formAction, pending] = useActionState(action, {});
  const { formRef, onSubmit, errors, formError } = useFormFeedback(acceptInvitationInput, FIELDS, outcome);
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      {formError ? (
        <div data-form-error tabIndex={-1} className="focus-visible:outline-2 focus-visible:outline-brand-600">
          <Alert tone="error">{formError}</Alert>
        </div>
      ) : null}
      <input type="hidden" name="token" value={token} />
      {/* For password managers: the account the new password belongs to. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <NewPasswordField name="password" error={errors.password} />
      <Field id="confirmPassword" label="Type the password again" error={errors.confirmPassword} required>
        <Input
          id="confirmPassword"
          name="confirmPassword"
          type="password"
          autoComplete="new-password"
          required
          invalid={Boolean(errors.confirmPassword)}
          aria-describedby={fieldDescribedBy("confirmPassword", { error: errors.confirmPassword })}
        />
      </Field>
      <Button type="submit" loading={pending} className="w-full sm:w-auto">
        {pending ? "Creating your account…" : "Create my account"}
      </Button>
    </form>
  );
}
