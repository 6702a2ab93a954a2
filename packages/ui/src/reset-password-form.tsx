"use client";

import { NewPasswordField } from "./new-password-field";
import { passwordResetInput } from "@clinic/domain/people/sign-up";
import { useActionState, useEffect, useRef } from "react";
import { Alert } from "./alert";
import { Button, buttonClasses } from "./button";
import { useFormFeedback, type FormFeedback } from "./form-feedback";

const FIELDS = ["password"] as const;

export type ResetPasswordOutcome = FormFeedback<(typeof FIELDS)[number]> & { changed?: boolean; linkUsed?: boolean };
export type ResetPasswordAction = (previous: ResetPasswordOutcome, form: FormData) => Promise<ResetPasswordOutcome>;

/**
 * The reset link's page of both apps, posted to the app's server action by React, so it works
 * without JavaScript. The token travels in a hidden field; with scripts on it also leaves the
 * address bar, so the history and a shared screen no longer show it.
 */
export function ResetPasswordForm({ action, token }: { action: ResetPasswordAction; token: string }) {
  const [outcome, formAction, pending] = useActionState(action, {});
  useEffect(() => {
    if (new URLSearchParams(window.location.search).has("token")) window.history.replaceState(null, "", window.location.pathname);
  }, []);
  // The browser checks the password only; the token is the server's to judge.
  const { formRef, onSubmit, errors, formError } = useFormFeedback(passwordResetInput.pick({ password: true }), FIELDS, outcome);
  const done = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (outcome.changed) done.current?.focus();
  }, [outcome]);

  if (outcome.changed) {
    return (
      <div ref={done} tabIndex={-1} className="flex flex-col gap-4 focus-visible:outline-2 focus-visible:outline-brand-600">
        <Alert tone="success" title="Your password is changed">
          Every device that was signed in has been signed out. Sign in with your new password.
        </Alert>
        <div>
          <a href="/sign-in" className={buttonClasses()}>
            Sign in
          </a>
        </div>
      </div>
    );
  }
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      {formError ? (
        <div data-form-error tabIndex={-1} className="focus-visible:outline-2 focus-visible:outline-brand-600">
          <Alert tone="error">
            {formError}{" "}
            {outcome.linkUsed ? (
              <a href="/forgot-password" className="font-medium">
                Ask for a new link
              </a>
            ) : null}
          </Alert>
        </div>
      ) : null}
      <input type="hidden" name="token" value={token} />
      <NewPasswordField name="password" error={errors.password} />
      <div>
        <Button type="submit" loading={pending}>
          {pending ? "Saving…" : "Set my new password"}
        </Button>
      </div>
    </form>
  );
}
