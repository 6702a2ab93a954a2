"use client";

import { signInInput } from "@clinic/domain/people/sign-up";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "./alert";
import { Button } from "./button";
import { Field, fieldDescribedBy } from "./field";
import { Input } from "./input";

/** What the sign-in server action answers when it does not redirect. */
export type SignInOutcome = { formError?: string; fieldErrors?: { email?: string; password?: string } };

export type SignInAction = (input: { email: string; password: string; callbackUrl?: string }) => Promise<SignInOutcome>;

/**
 * The email + password form of both apps. The app passes its own server action, which signs in for
 * its audience and redirects on success; the same zod schema checks the fields in the browser.
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
  const [formError, setFormError] = useState<string | undefined>(initialError);
  const [pending, startTransition] = useTransition();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm({ resolver: zodResolver(signInInput), defaultValues: { email: "", password: "" } });

  const onSubmit = handleSubmit((values) => {
    setFormError(undefined);
    startTransition(async () => {
      const result = await action({ ...values, callbackUrl });
      if (result.formError) setFormError(result.formError);
      if (result.fieldErrors?.email) setError("email", { message: result.fieldErrors.email }, { shouldFocus: true });
      if (result.fieldErrors?.password) setError("password", { message: result.fieldErrors.password });
    });
  });

  const emailError = errors.email?.message;
  const passwordError = errors.password?.message;

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5" aria-describedby={formError ? "sign-in-error" : undefined}>
      {formError ? (
        <div id="sign-in-error">
          <Alert tone="error">{formError}</Alert>
        </div>
      ) : null}
      <Field id="email" label="Email" error={emailError} required>
        <Input
          id="email"
          type="email"
          autoComplete="email"
          inputMode="email"
          required
          invalid={Boolean(emailError)}
          aria-describedby={fieldDescribedBy("email", { error: emailError })}
          {...register("email")}
        />
      </Field>
      <Field id="password" label="Password" error={passwordError} required>
        <Input
          id="password"
          type="password"
          autoComplete="current-password"
          required
          invalid={Boolean(passwordError)}
          aria-describedby={fieldDescribedBy("password", { error: passwordError })}
          {...register("password")}
        />
      </Field>
      <Button type="submit" loading={pending} className="w-full sm:w-auto">
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
