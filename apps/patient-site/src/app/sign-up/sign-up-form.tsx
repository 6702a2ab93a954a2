"use client";

import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@clinic/domain/people/password-policy";
import { signUpInput } from "@clinic/domain/people/sign-up";
import { Alert } from "@clinic/ui/alert";
import { Button } from "@clinic/ui/button";
import { Field, fieldDescribedBy } from "@clinic/ui/field";
import { useFormFeedback } from "@clinic/ui/form-feedback";
import { Input } from "@clinic/ui/input";
import { useActionState } from "react";
import { signUpAction } from "./actions";

const FIELDS = ["name", "email", "password"] as const;

const PASSWORD_RULES =
  `At least ${PASSWORD_MIN_LENGTH} characters (up to ${PASSWORD_MAX_LENGTH}). Very common passwords are refused; ` +
  "a few unrelated words make a strong one you can remember.";

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
      <Field id="email" label="Email" error={errors.email} required>
        <Input
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          inputMode="email"
          required
          defaultValue={outcome.values?.email ?? ""}
          invalid={Boolean(errors.email)}
          aria-describedby={fieldDescribedBy("email", { error: errors.email })}
        />
      </Field>
      <Field id="password" label="Password" hint={PASSWORD_RULES} error={errors.password} required>
        <Input
          id="password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={PASSWORD_MIN_LENGTH}
          maxLength={PASSWORD_MAX_LENGTH}
          invalid={Boolean(errors.password)}
          aria-describedby={fieldDescribedBy("password", { error: errors.password, hint: PASSWORD_RULES })}
        />
      </Field>
      <Button type="submit" loading={pending} className="w-full sm:w-auto">
        {pending ? "Creating your account…" : "Create account"}
      </Button>
    </form>
  );
}
