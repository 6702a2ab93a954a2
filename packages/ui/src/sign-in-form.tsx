"use client";

import { signInInput } from "@clinic/domain/people/sign-up";
import { useActionState } from "react";
import { Alert } from "./alert";
import { Button } from "./button";
import { Field, fieldDescribedBy } from "./field";
import { useFormFeedback, type FormFeedback } from "./form-feedback";
import { Input } from "./input";
import { EmailField } from "./email-field";

const FIELDS = ["email", "password"] as const;

/** What the sign-in server action answers when it does not redirect. */
export type SignInOutcome = FormFeedback<(typeof FIELDS)[number]>;

/** A server action bound by React to the form: it receives the posted fields, so it works without JavaScript. */
export type SignInAction = (previous: SignInOutcome, form: FormData) => Promise<SignInOutcome>;

/**
 * The email + password form of both apps, posted to the app's own server action (which signs in for
 * its audience and redirects on success); the same zod schema checks the fields in the browser first.
 */
export function SignInForm({
  action,
  callbackUrl,
  initialError,
}: {
  action: SignInAction;
  callbackUrl?: string;
  initialError?: string;
}) {
  const [outcome, formAction, pending] = useActionState(action, { formError: initialError });
  const { formRef, onSubmit, errors, formError } = useFormFeedback(signInInput, FIELDS, outcome);

  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      className="flex flex-col gap-5"
      aria-describedby={formError ? "sign-in-error" : undefined}
    >
      {formError ? (
        <div id="sign-in-error" data-form-error tabIndex={-1} className="focus-visible:outline-2 focus-visible:outline-brand-600">
          <Alert tone="error">{formError}</Alert>
        </div>
      ) : null}
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <EmailField defaultValue={outcome.values?.email} error={errors.email} />
      <Field id="password" label="Password" error={errors.password} required>
        <Input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          invalid={Boolean(errors.password)}
          aria-describedby={fieldDescribedBy("password", { error: errors.password })}
        />
      </Field>
      <Button type="submit" loading={pending} className="w-full sm:w-auto">
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
