"use client";

import { NewPasswordField } from "./new-password-field";
import { changePasswordInput } from "@clinic/domain/people/sign-up";
import { useActionState } from "react";
import { Alert } from "./alert";
import { Button } from "./button";
import { Field, fieldDescribedBy } from "./field";
import { useFormFeedback, type FormFeedback } from "./form-feedback";
import { Input } from "./input";

const FIELDS = ["currentPassword", "newPassword"] as const;

export type ChangePasswordOutcome = FormFeedback<(typeof FIELDS)[number]> & { changed?: boolean; sessionsEnded?: number };
export type ChangePasswordAction = (previous: ChangePasswordOutcome, form: FormData) => Promise<ChangePasswordOutcome>;


/** Both apps' "change your password" form, posted to the app's own server action (works without JavaScript). */
export function ChangePasswordForm({ action }: { action: ChangePasswordAction }) {
  const [outcome, formAction, pending] = useActionState(action, {});
  const { formRef, onSubmit, errors, formError } = useFormFeedback(changePasswordInput, FIELDS, outcome);
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-5" aria-label="Change your password">
      {formError ? (
        <div data-form-error tabIndex={-1}>
          <Alert tone="error">{formError}</Alert>
        </div>
      ) : null}
      {outcome.changed ? (
        <div role="status">
          <Alert tone="success">
            Your password is changed.{" "}
            {outcome.sessionsEnded ? `${outcome.sessionsEnded} other ${outcome.sessionsEnded === 1 ? "session was" : "sessions were"} signed out.` : ""}
          </Alert>
        </div>
      ) : null}
      <Field id="currentPassword" label="Current password" error={errors.currentPassword} required>
        <Input
          id="currentPassword"
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
          invalid={Boolean(errors.currentPassword)}
          aria-describedby={fieldDescribedBy("currentPassword", { error: errors.currentPassword })}
        />
      </Field>
      <NewPasswordField name="newPassword" error={errors.newPassword} />
      <div>
        <Button type="submit" loading={pending}>
          {pending ? "Changing…" : "Change password"}
        </Button>
      </div>
    </form>
  );
}
