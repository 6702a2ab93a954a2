"use client";

import { passwordResetRequestInput } from "@clinic/domain/people/sign-up";
import { useActionState, useEffect, useRef } from "react";
import { Alert } from "./alert";
import { Button } from "./button";
import { useFormFeedback, type FormFeedback } from "./form-feedback";
import { EmailField } from "./email-field";

const FIELDS = ["email"] as const;

export type ForgotPasswordOutcome = FormFeedback<(typeof FIELDS)[number]> & { sent?: boolean; values?: { email?: string } };
export type ForgotPasswordAction = (previous: ForgotPasswordOutcome, form: FormData) => Promise<ForgotPasswordOutcome>;

/** "Forgot your password?" of both apps, posted to the app's server action by React, so it works without JavaScript. */
export function ForgotPasswordForm({ action }: { action: ForgotPasswordAction }) {
  const [outcome, formAction, pending] = useActionState(action, {});
  const { formRef, onSubmit, errors, formError } = useFormFeedback(passwordResetRequestInput, FIELDS, outcome);
  const sentNotice = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (outcome.sent) sentNotice.current?.focus();
  }, [outcome]);

  if (outcome.sent) {
    return (
      <div ref={sentNotice} tabIndex={-1} className="focus-visible:outline-2 focus-visible:outline-brand-600">
        <Alert tone="success" title="Check your email">
          If an account uses that address, we have sent it a link to choose a new password. The link works once, for 30
          minutes. Nothing after a few minutes? Look in your spam folder, or ask again.
        </Alert>
      </div>
    );
  }
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      {formError ? (
        <div data-form-error tabIndex={-1} className="focus-visible:outline-2 focus-visible:outline-brand-600">
          <Alert tone="error">{formError}</Alert>
        </div>
      ) : null}
      <EmailField defaultValue={outcome.values?.email} error={errors.email} />
      <div>
        <Button type="submit" loading={pending}>
          {pending ? "Sending…" : "Email me a reset link"}
        </Button>
      </div>
    </form>
  );
}
