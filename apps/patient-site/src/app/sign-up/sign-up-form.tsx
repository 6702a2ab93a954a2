"use client";

import { NewPasswordField } from "@clinic/ui/new-password-field";
import { signUpInput } from "@clinic/domain/people/sign-up";
import { Alert } from "@clinic/ui/alert";
import { Button } from "@clinic/ui/button";
import { Field, fieldDescribedBy } from "@clinic/ui/field";
import { useFormFeedback } from "@clinic/ui/form-feedback";
import { Input } from "@clinic/ui/input";
import { useActionState } from "react";
import { signUpAction } from "./actions";
import { EmailField } from "@clinic/ui/email-field";

const FIELDS = ["name", "email", "password"] as const;


/** Posted to its server action by React, so it works before and without JavaScript. */
export function SignUpForm({ callbackUrl }: { callbackUrl?: string }) {
  const [outcome, formAction, pending] = useActionState(signUpAction, {});
  const { formRef, onSubmit, errors, formError } = useFormFeedback(signUpInput, FIELDS, outcome);

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      {formError ? (
        <div data-form-error tabIndex={-1} className="focus-visible:outline-2 focus-visible:outline-brand-600">
          <Alert tone="error">{formError}</Alert>
        </div>
      ) : null}
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <Field id="name" label="Full name" error={errors.name} required>
        <Input
          id="name"
          name="name"
          autoComplete="name"
          required
          defaultValue={outcome.values?.name ?? ""}
          invalid={Boolean(errors.name)}
          aria-describedby={fieldDescribedBy("name", { error: errors.name })}
        />
      </Field>
      <EmailField defaultValue={outcome.values?.email} error={errors.email} />
      <NewPasswordField name="password" label="Password" error={errors.password} />
      <Button type="submit" loading={pending} className="w-full sm:w-auto">
        {pending ? "Creating your account…" : "Create account"}
      </Button>
    </form>
  );
}
