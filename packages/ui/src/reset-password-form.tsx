"use client";

import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@clinic/domain/people/password-policy";
import { passwordResetInput } from "@clinic/domain/people/sign-up";
import { useActionState, useEffect, useRef } from "react";
import { Alert } from "./alert";
import { Button, buttonClasses } from "./button";
import { Field, fieldDescribedBy } from "./field";
import { useFormFeedback, type FormFeedback } from "./form-feedback";
import { Input } from "./input";

const FIELDS = ["password"] as const;
const PASSWORD_RULES =
  `At least ${PASSWORD_MIN_LENGTH} characters (up to ${PASSWORD_MAX_LENGTH}). Very common passwords are refused; ` +
  "a few unrelated words make a strong one you can remember.";

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
      <Field id="password" label="New password" hint={PASSWORD_RULES} error={errors.password} required>
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
      <div>
        <Button type="submit" loading={pending}>
          {pending ? "Saving…" : "Set my new password"}
        </Button>
      </div>
    </form>
  );
}
