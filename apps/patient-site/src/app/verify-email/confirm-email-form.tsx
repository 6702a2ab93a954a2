"use client";

import { Alert } from "@clinic/ui/alert";
import { Button, buttonClasses } from "@clinic/ui/button";
import Link from "next/link";
import { useActionState, useEffect, useRef } from "react";
import { signInPath } from "@clinic/auth/callback-url";
import { verifyEmailAction } from "./actions";

/** One button that posts the link's token; the result replaces it and takes focus. */
export function ConfirmEmailForm({ token }: { token: string }) {
  const [state, formAction, pending] = useActionState(verifyEmailAction, {});
  const result = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.formError || state.confirmed) result.current?.focus();
  }, [state]);

  if (state.confirmed) {
    return (
      <div ref={result} tabIndex={-1} className="flex flex-col gap-4 focus-visible:outline-2 focus-visible:outline-brand-600">
        <Alert tone="success" title="Your email is confirmed">
          Sign in with your email and password to continue.
        </Alert>
        <div>
          <Link href={signInPath(state.confirmed.next)} className={buttonClasses()}>
            Sign in to continue
          </Link>
        </div>
      </div>
    );
  }
  return (
    <form action={formAction} className="flex flex-col gap-4">
      {state.formError ? (
        <div ref={result} tabIndex={-1} className="focus-visible:outline-2 focus-visible:outline-brand-600">
          <Alert tone="error">{state.formError}</Alert>
        </div>
      ) : null}
      <input type="hidden" name="token" value={token} />
      <div>
        <Button type="submit" loading={pending}>
          {pending ? "Confirming…" : "Confirm my email"}
        </Button>
      </div>
    </form>
  );
}
