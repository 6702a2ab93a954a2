"use client";

import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@clinic/domain/people/password-policy";
import { signUpInput } from "@clinic/domain/people/sign-up";
import { Alert } from "@clinic/ui/alert";
import { Button } from "@clinic/ui/button";
import { Field, fieldDescribedBy } from "@clinic/ui/field";
import { Input } from "@clinic/ui/input";
import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { signUpAction } from "./actions";
import { signInHref } from "./sign-in-href";

const PASSWORD_RULES =
  `At least ${PASSWORD_MIN_LENGTH} characters (up to ${PASSWORD_MAX_LENGTH}). Very common passwords are refused; ` +
  "a few unrelated words make a strong one you can remember.";

export function SignUpForm({ callbackUrl }: { callbackUrl?: string }) {
  const [formError, setFormError] = useState<string | undefined>();
  const [pending, startTransition] = useTransition();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm({ resolver: zodResolver(signUpInput), defaultValues: { name: "", email: "", password: "" } });

  const onSubmit = handleSubmit((values) => {
    setFormError(undefined);
    startTransition(async () => {
      const result = await signUpAction({ ...values, callbackUrl });
      if (result.formError) setFormError(result.formError);
      let focused = false;
      for (const field of ["name", "email", "password"] as const) {
        const message = result.fieldErrors?.[field];
        if (!message) continue;
        setError(field, { type: "server", message }, { shouldFocus: !focused });
        focused = true;
      }
    });
  });

  const nameError = errors.name?.message;
  const emailError = errors.email?.message;
  const passwordError = errors.password?.message;
  const emailTaken = emailError?.startsWith("An account with this email already exists");

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Field id="name" label="Full name" error={nameError} required>
        <Input
          id="name"
          autoComplete="name"
          required
          invalid={Boolean(nameError)}
          aria-describedby={fieldDescribedBy("name", { error: nameError })}
          {...register("name")}
        />
      </Field>
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
      {emailTaken ? (
        <p className="-mt-3 text-sm">
          <Link href={signInHref(callbackUrl)} className="font-medium text-brand-800 underline">
            Sign in instead
          </Link>
        </p>
      ) : null}
      <Field id="password" label="Password" hint={PASSWORD_RULES} error={passwordError} required>
        <Input
          id="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={PASSWORD_MIN_LENGTH}
          maxLength={PASSWORD_MAX_LENGTH}
          invalid={Boolean(passwordError)}
          aria-describedby={fieldDescribedBy("password", { error: passwordError, hint: PASSWORD_RULES })}
          {...register("password")}
        />
      </Field>
      <Button type="submit" loading={pending} className="w-full sm:w-auto">
        {pending ? "Creating your account…" : "Create account"}
      </Button>
    </form>
  );
}
