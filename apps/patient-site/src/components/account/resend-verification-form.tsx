"use client";

import { Alert } from "@clinic/ui/alert";
import { Button } from "@clinic/ui/button";
import { useActionState, useEffect, useRef } from "react";
import { resendVerificationAction } from "./resend-verification-action";

/**
 * "Send the link again": a real POST form, so it works without JavaScript. `returnTo` is where the
 * new link leads once used (e.g. this booking).
 */
export function ResendVerificationForm({ returnTo }: { returnTo?: string }) {
  const [state, formAction, pending] = useActionState(resendVerificationAction, {});
  const outcome = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.sent || state.formError || state.alreadyVerified) outcome.current?.focus();
  }, [state]);

  return (
    <form action={formAction} className="flex flex-col gap-3">
      {returnTo ? <input type="hidden" name="returnTo" value={returnTo} /> : null}
      <div ref={outcome} tabIndex={-1} className="focus-visible:outline-2 focus-visible:outline-brand-600">
        {state.sent ? <Alert tone="success">We have sent a new link. It works for 24 hours; earlier links no longer work once you use it.</Alert> : null}
        {state.alreadyVerified ? <Alert tone="success">Your email is already confirmed. Reload this page to continue.</Alert> : null}
        {state.formError ? <Alert tone="error">{state.formError}</Alert> : null}
      </div>
      <div>
        <Button type="submit" variant="secondary" loading={pending}>
          {pending ? "Sending…" : "Send the link again"}
        </Button>
      </div>
    </form>
  );
}
