"use client";

import { Button } from "@clinic/ui/button";
import { useForgetSession } from "./session-state";
import { signOutAction } from "./sign-out-action";

/**
 * Signs the patient out: a plain form posting to a server action, so it works before (or
 * without) JavaScript.
 */
export function SignOutButton() {
  const forgetSession = useForgetSession();
  return (
    <form action={signOutAction} onSubmit={forgetSession}>
      <Button type="submit" variant="ghost" size="sm">
        Sign out
      </Button>
    </form>
  );
}
